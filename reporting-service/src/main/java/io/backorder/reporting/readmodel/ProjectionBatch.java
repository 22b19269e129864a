package io.backorder.reporting.readmodel;

import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Records of one projected topic, read as they are added and projected together when written, in a
 * few statements whatever their number: a live consumer makes one per run of its inbox, the rebuild
 * one per batch it reads.
 */
public final class ProjectionBatch {

    private final Projections projections;
    private final ProjectedTopic topic;
    private final List<ProjectedEvent> events = new ArrayList<>();

    ProjectionBatch(Projections projections, ProjectedTopic topic) {
        this.projections = projections;
        this.topic = topic;
    }

    /**
     * Reads the record into the batch, after those added before it.
     *
     * @throws PoisonMessageException when it cannot be read; the batch is left as it was
     */
    public void add(IncomingRecord record) {
        add(projections.read(topic, record));
    }

    /** Adds an event read before ({@link Projections#read}); null, a type reporting skips, adds nothing. */
    void add(ProjectedEvent event) {
        if (event != null) {
            events.add(event);
        }
    }

    /** Projects the records added, on the caller's connection and so in its transaction; the batch is empty after. */
    public void write(Connection connection) {
        projections.project(connection, topic, events);
        events.clear();
    }
}
