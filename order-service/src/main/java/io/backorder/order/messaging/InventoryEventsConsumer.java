package io.backorder.order.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.app.FillReactions;
import io.backorder.order.readmodel.AllocationProjector;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** What inventory decided about order lines: shown on the order pages; a fill may complete and approve an order. */
@ApplicationScoped
public class InventoryEventsConsumer {

    static final String CHANNEL = "inventory-events";
    static final String CONSUMER = "order-service.inventory-events";

    private final InboxConsumer inbox;
    private final AllocationProjector projector;
    private final FillReactions fills;

    InventoryEventsConsumer(Inbox inbox, Outbox outbox, Transactions transactions, AllocationProjector projector,
                            FillReactions fills) {
        this.inbox = new InboxConsumer(CONSUMER, inbox, outbox, transactions);
        this.projector = projector;
        this.fills = fills;
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
        try {
            EventEnvelope envelope = ContractJson.readEnvelope(record.value());
            if (EventTypes.isKnown(envelope.type())) {
                EventData event = ContractJson.dataOf(envelope);
                projector.apply(event);
                if (event instanceof BackorderFilled filled) {
                    fills.filled(connection, filled, EventMetadata.causedBy(envelope.correlationId(), envelope.eventId()));
                }
            }
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable event: " + e.getMessage(), e);
        }
    }
}
