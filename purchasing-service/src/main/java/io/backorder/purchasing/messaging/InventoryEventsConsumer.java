package io.backorder.purchasing.messaging;

import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.purchasing.app.Receiving;
import io.backorder.purchasing.readmodel.DemandProjector;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What purchasing takes from inventory.events: the demand view (items, units on hand and allocated, waiting lines),
 * receipts against purchase orders, and a promise review of every sku whose demand or stock moved.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class InventoryEventsConsumer {

    static final String CHANNEL = "inventory-events";
    static final String CONSUMER = "purchasing-service.inventory-events";

    private final InboxConsumer inbox;
    private final DemandProjector demand;
    private final Receiving receiving;

    InventoryEventsConsumer(InboxConsumers inboxes, DemandProjector demand, Receiving receiving) {
        this.demand = demand;
        this.receiving = receiving;
        this.inbox = inboxes.named(CONSUMER, this::handle);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    private void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        Optional<Class<? extends EventData>> type = EventTypes.find(envelope.type())
                .filter(known -> Topics.INVENTORY_EVENTS.equals(EventTypes.topicOf(envelope.type())));
        if (type.isEmpty()) {
            return; // a type this version does not know of yet: nothing purchasing counts
        }
        EventData event = IncomingRecord.data(envelope, type.get());
        demand.apply(event, envelope.occurredAt());
        if (event instanceof StockReceived received) {
            receiving.received(connection, received, envelope.occurredAt(),
                    EventMetadata.causedBy(envelope.correlationId(), envelope.eventId()));
        }
        demand.markForReview(envelope.aggregateId());
    }
}
