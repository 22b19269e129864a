package io.backorder.inventory.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.app.Allocations;
import io.backorder.inventory.app.OrderOutcomes;
import io.backorder.inventory.domain.StockRefusal;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What inventory does with order-service's events: an imported order is allocated line by line, a
 * shipped order takes its units off the shelf, a cancelled one gives them back.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    static final String CHANNEL = "orders-events";
    static final String CONSUMER = "inventory-service.orders-events";

    private final InboxConsumer inbox;
    private final Allocations allocations;
    private final OrderOutcomes outcomes;

    OrderEventsConsumer(Inbox inbox, Outbox outbox, Transactions transactions, Allocations allocations,
                        OrderOutcomes outcomes) {
        this.inbox = new InboxConsumer(CONSUMER, inbox, outbox, transactions);
        this.allocations = allocations;
        this.outcomes = outcomes;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        List<IncomingRecord> records = new ArrayList<>(polled.count());
        for (ConsumerRecord<String, String> record : polled) {
            records.add(IncomingRecord.of(record));
        }
        inbox.consume(records, this::handle);
    }

    private void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope;
        try {
            envelope = ContractJson.readEnvelope(record.value());
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable event: " + e.getMessage(), e);
        }
        EventMetadata metadata = EventMetadata.causedBy(envelope.correlationId(), envelope.eventId());
        try {
            switch (envelope.type()) {
                case "OrderImported" -> allocations.allocate(connection, read(envelope, OrderImported.class), metadata);
                case "OrderShipped" -> outcomes.shipped(connection, read(envelope, OrderShipped.class), metadata);
                case "OrderCancelled" -> outcomes.cancelled(connection, read(envelope, OrderCancelled.class), metadata);
                default -> {
                    // the other order events change no stock
                }
            }
        } catch (StockRefusal refusal) {
            throw new PoisonMessageException(envelope.type() + " of order " + envelope.aggregateId() + " refused: "
                    + refusal.getMessage(), refusal);
        }
    }

    private static <T> T read(EventEnvelope envelope, Class<T> type) {
        try {
            return ContractJson.fromData(envelope.data(), type);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable " + envelope.type() + ": " + e.getMessage(), e);
        }
    }
}
