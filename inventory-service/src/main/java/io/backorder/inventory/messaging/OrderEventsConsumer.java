package io.backorder.inventory.messaging;

import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.inventory.app.Allocations;
import io.backorder.inventory.app.OrderOutcomes;
import io.backorder.inventory.domain.StockRefusal;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What inventory does with order-service's events: an imported order is allocated line by line, a
 * shipment asked for takes the units the lines hold off the shelf, a split takes units held for it,
 * a cancelled order gives its units back, and an approval is remembered for later fills.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CHANNEL = "orders-events";
    static final String CONSUMER = "inventory-service.orders-events";

    private final InboxConsumer inbox;
    private final Allocations allocations;
    private final OrderOutcomes outcomes;

    OrderEventsConsumer(InboxConsumers inboxes, Allocations allocations,
                        OrderOutcomes outcomes) {
        this.allocations = allocations;
        this.outcomes = outcomes;
        this.inbox = inboxes.named(CONSUMER, this::handle);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    private void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        EventMetadata metadata = EventMetadata.causedBy(envelope.correlationId(), envelope.eventId());
        try {
            switch (envelope.type()) {
                case "OrderImported" ->
                        allocations.allocate(connection, IncomingRecord.data(envelope, OrderImported.class), metadata);
                case "OrderApproved" -> outcomes.approved(connection, envelope.aggregateId());
                case "ShipmentRequested" -> outcomes.shipmentRequested(connection,
                        IncomingRecord.data(envelope, ShipmentRequested.class), metadata);
                case "OrderShipped" ->
                        outcomes.shipped(connection, IncomingRecord.data(envelope, OrderShipped.class), metadata);
                case "BackorderOrderCreated" -> {
                    BackorderOrderCreated created = IncomingRecord.data(envelope, BackorderOrderCreated.class);
                    outcomes.splitOff(connection, created.orderNumber(), created.originalOrderNumber(), created.lines(),
                            metadata);
                }
                case "BackorderOrderLineAdded" -> {
                    BackorderOrderLineAdded added = IncomingRecord.data(envelope, BackorderOrderLineAdded.class);
                    outcomes.splitOff(connection, added.orderNumber(), added.originalOrderNumber(),
                            java.util.List.of(added.line()), metadata);
                }
                case "OrderCancelled" ->
                        outcomes.cancelled(connection, IncomingRecord.data(envelope, OrderCancelled.class), metadata);
                default -> {
                    // the other order events change no stock
                }
            }
        } catch (StockRefusal refusal) {
            throw new PoisonMessageException(envelope.type() + " of order " + envelope.aggregateId() + " refused: "
                    + refusal.getMessage(), refusal);
        }
    }
}
