package io.backorder.order.messaging;

import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.order.app.OrderImports;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Orders that storefronts publish on storefront.orders: one import per polled batch, through the
 * inbox, with unreadable or invalid orders sent to storefront.orders.dlq.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class StorefrontOrdersConsumer {

    static final String CHANNEL = "storefront-orders";
    static final String CONSUMER = "order-service.storefront-orders";

    private final InboxConsumer inbox;
    private final StorefrontOrderReader reader;
    private final OrderImports imports;

    StorefrontOrdersConsumer(InboxConsumers inboxes, StorefrontOrderReader reader,
                             OrderImports imports) {
        this.reader = reader;
        this.imports = imports;
        // A dead letter sent again by an operator is an import of its own, named after its place in the log.
        this.inbox = inboxes.named(CONSUMER, (connection, record) ->
                importOne(connection, record, importId(record.partition(), record.offset())));
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        if (polled.isEmpty()) {
            return;
        }
        ConsumerRecord<String, String> first = polled.iterator().next();
        String importId = importId(first.partition(), first.offset());
        inbox.consume(polled, (connection, record) -> importOne(connection, record, importId));
    }

    private void importOne(Connection connection, IncomingRecord record, String importId) {
        imports.importWithin(connection, reader.read(record.value()), importId, EventMetadata.causedBy(null, record.eventId()));
    }

    private static String importId(int partition, long offset) {
        return "topic-" + partition + "-" + offset;
    }
}
