package io.backorder.reporting.readmodel;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
import io.backorder.contracts.parameters.ParameterChanged;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Records of a projected topic into the read models, a batch at a time, on the caller's connection:
 * the live consumers and the rebuild both come through here ({@link ProjectionBatch}), so a rebuild
 * projects exactly as they did. A type reporting does not know is skipped (a newer producer may
 * publish more than this build knows); one it knows but cannot read is poison.
 */
@ApplicationScoped
public class Projections {

    private static final Logger LOG = Logger.getLogger(Projections.class);

    private final OrderProjection orders;
    private final StockProjection stock;
    private final PurchaseProjection purchases;
    private final ParameterProjection parameters;

    Projections(OrderProjection orders, StockProjection stock, PurchaseProjection purchases,
                ParameterProjection parameters) {
        this.orders = orders;
        this.stock = stock;
        this.purchases = purchases;
        this.parameters = parameters;
    }

    /** An empty batch of the topic's records. */
    public ProjectionBatch batch(ProjectedTopic topic) {
        return new ProjectionBatch(this, topic);
    }

    /**
     * The record as it will be projected, or null when reporting skips its type.
     *
     * @throws PoisonMessageException when it cannot be read
     */
    ProjectedEvent read(ProjectedTopic topic, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        if (!EventTypes.isKnown(envelope.type())) {
            LOG.debugf("%s: type %s is not one reporting reads, skipped", record, envelope.type());
            return null;
        }
        EventData data;
        try {
            data = ContractJson.dataOf(envelope);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable " + envelope.type() + ": " + e.getMessage(), e);
        }
        if (topic == ProjectedTopic.PURCHASING) {
            PurchaseProjection.check(data);
        }
        return new ProjectedEvent(envelope.eventId(), envelope.occurredAt(), data);
    }

    /** Projects events read from the topic, in their order. */
    void project(Connection connection, ProjectedTopic topic, List<ProjectedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        switch (topic) {
            case ORDERS -> orders.project(connection, events);
            case INVENTORY -> stock.project(connection, events);
            case PURCHASING -> purchases.project(connection, events);
            // parameters change a few times a day: one statement each is plenty
            case PARAMETERS -> events.forEach(event -> {
                if (event.data() instanceof ParameterChanged changed) {
                    parameters.apply(connection, changed, event.eventId(), event.occurredAt());
                }
            });
        }
    }
}
