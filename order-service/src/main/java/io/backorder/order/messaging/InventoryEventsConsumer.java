package io.backorder.order.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.RecordHandler;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.order.app.FillReactions;
import io.backorder.order.app.ShipmentAnswers;
import io.backorder.order.readmodel.AllocationProjector;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What inventory decided about order lines: shown on the order pages; a fill may complete and
 * approve an order or split one off; a shipment's answers ship the order's units or say why not.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class InventoryEventsConsumer {

    static final String CHANNEL = "inventory-events";
    static final String CONSUMER = "order-service.inventory-events";

    private final InboxConsumer inbox;
    private final AllocationProjector projector;
    private final FillReactions fills;
    private final ShipmentAnswers shipments;
    /**
     * The records of the run being handled, read once when it was prepared. Keyed by identity: a record handled
     * outside that run (a dead letter sent again, a later run) is simply read again.
     */
    private volatile Map<IncomingRecord, Decoded> decodedRun = Map.of();

    /** A record's envelope and its event, null when this service does not know the type. */
    private record Decoded(EventEnvelope envelope, EventData event) {
    }

    InventoryEventsConsumer(InboxConsumers inboxes, AllocationProjector projector, FillReactions fills,
                            ShipmentAnswers shipments) {
        this.projector = projector;
        this.fills = fills;
        this.shipments = shipments;
        this.inbox = inboxes.named(CONSUMER, new RecordHandler() {
            @Override
            public void prepare(Connection connection, List<IncomingRecord> records) {
                InventoryEventsConsumer.this.prepare(connection, records);
            }

            @Override
            public void handle(Connection connection, IncomingRecord record) {
                InventoryEventsConsumer.this.handle(connection, record);
            }
        });
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    /** Reads the run's records once, and locks and loads the order pages they change in one query. */
    private void prepare(Connection connection, List<IncomingRecord> records) {
        Map<IncomingRecord, Decoded> decoded = new IdentityHashMap<>(records.size());
        List<EventData> events = new ArrayList<>(records.size());
        for (IncomingRecord record : records) {
            try {
                Decoded read = decode(record);
                decoded.put(record, read);
                if (read.event() != null) {
                    events.add(read.event());
                }
            } catch (PoisonMessageException unreadable) {
                // judged, and dead-lettered, when it is handled
            }
        }
        decodedRun = decoded;
        projector.prepare(connection, events);
    }

    private void handle(Connection connection, IncomingRecord record) {
        Decoded decoded = decodedRun.get(record);
        if (decoded == null) {
            decoded = decode(record);
        }
        EventData event = decoded.event();
        if (event == null) {
            return;
        }
        EventEnvelope envelope = decoded.envelope();
        projector.apply(event);
        EventMetadata metadata = EventMetadata.causedBy(envelope.correlationId(), envelope.eventId());
        if (event instanceof BackorderFilled filled) {
            fills.filled(connection, filled, metadata);
        } else if (event instanceof StockShipped shipped && shipped.shipmentId() != null) {
            shipments.shipped(connection, shipped, envelope.occurredAt(), metadata);
        } else if (event instanceof ShipmentLineRefused refused) {
            shipments.refused(connection, refused, metadata);
        }
    }

    /** @throws PoisonMessageException when the record is not an event envelope, or its data does not fit its type */
    private static Decoded decode(IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        try {
            return new Decoded(envelope, EventTypes.isKnown(envelope.type()) ? ContractJson.dataOf(envelope) : null);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable event: " + e.getMessage(), e);
        }
    }
}
