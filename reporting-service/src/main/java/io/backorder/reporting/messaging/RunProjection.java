package io.backorder.reporting.messaging;

import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.RecordHandler;
import io.backorder.reporting.readmodel.ProjectedTopic;
import io.backorder.reporting.readmodel.ProjectionBatch;
import io.backorder.reporting.readmodel.Projections;
import java.sql.Connection;
import java.util.List;

/**
 * A poll's records as the inbox consumer hands them over, projected one batch per run: each record
 * is read (and refused if poison) as it is handled, and the run's batch is written when it finishes.
 * One per poll, as its batch is the run's own.
 */
final class RunProjection implements RecordHandler {

    private final Projections projections;
    private final ProjectedTopic topic;
    private ProjectionBatch batch;

    RunProjection(Projections projections, ProjectedTopic topic) {
        this.projections = projections;
        this.topic = topic;
    }

    @Override
    public void prepare(Connection connection, List<IncomingRecord> records) {
        // a run tried again (after a poison record) starts from nothing
        batch = projections.batch(topic);
    }

    @Override
    public void handle(Connection connection, IncomingRecord record) {
        batch.add(record);
    }

    @Override
    public void finish(Connection connection) {
        batch.write(connection);
    }
}
