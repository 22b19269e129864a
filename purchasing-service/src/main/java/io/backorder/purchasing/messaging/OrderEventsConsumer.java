package io.backorder.purchasing.messaging;

import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.purchasing.readmodel.OrderPlacements;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What purchasing takes from orders.events: when each order was placed, which inventory.events do not say. The
 * look-back window of a generation and the queue order of the promised dates count from it.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CHANNEL = "orders-events";
    static final String CONSUMER = "purchasing-service.orders-events";

    private final InboxConsumer inbox;
    private final OrderPlacements placements;

    OrderEventsConsumer(InboxConsumers inboxes, OrderPlacements placements) {
        this.placements = placements;
        this.inbox = inboxes.named(CONSUMER, this::handle);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    private void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        switch (envelope.type()) {
            case "OrderImported" -> {
                OrderImported order = IncomingRecord.data(envelope, OrderImported.class);
                if (order.placedAt() == null) {
                    return; // inventory's backorder time stands in, as for an order not heard of yet
                }
                placements.record(order.orderNumber(), order.placedAt());
            }
            case "BackorderOrderCreated" -> {
                BackorderOrderCreated created = IncomingRecord.data(envelope, BackorderOrderCreated.class);
                placements.copy(connection, created.originalOrderNumber(), created.orderNumber());
            }
            case "BackorderOrderLineAdded" -> {
                BackorderOrderLineAdded added = IncomingRecord.data(envelope, BackorderOrderLineAdded.class);
                placements.copy(connection, added.originalOrderNumber(), added.orderNumber());
            }
            default -> {
                // the other order events change nothing purchasing counts
            }
        }
    }
}
