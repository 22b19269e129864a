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
import org.jboss.logging.Logger;

/**
 * One record of a projected topic into the read models, on the caller's connection: the live
 * consumers and the rebuild both come through here, so a rebuild projects exactly as they did.
 * A type reporting does not know is skipped (a newer producer may publish more than this build
 * knows); one it knows but cannot read is poison.
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

    public void apply(Connection connection, ProjectedTopic topic, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        // Purchasing's newer types are read by name whether or not this build's catalogue has their
        // records yet, so the promised dates keep filling in before and after that catalogue arrives.
        if (topic == ProjectedTopic.PURCHASING && purchases.applyByName(connection, envelope.type(), envelope.data())) {
            return;
        }
        if (!EventTypes.isKnown(envelope.type())) {
            LOG.debugf("%s: type %s is not one reporting reads, skipped", record, envelope.type());
            return;
        }
        EventData event;
        try {
            event = ContractJson.dataOf(envelope);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable " + envelope.type() + ": " + e.getMessage(), e);
        }
        switch (topic) {
            case ORDERS -> orders.apply(connection, event, envelope.eventId(), envelope.occurredAt());
            case INVENTORY -> stock.apply(connection, event, envelope.eventId(), envelope.occurredAt());
            case PURCHASING -> purchases.apply(connection, event, envelope.occurredAt());
            case PARAMETERS -> {
                if (event instanceof ParameterChanged changed) {
                    parameters.apply(connection, changed, envelope.eventId(), envelope.occurredAt());
                }
            }
        }
    }
}
