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
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.order.app.FillReactions;
import io.backorder.order.app.ShipmentAnswers;
import io.backorder.order.readmodel.AllocationProjector;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
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

    InventoryEventsConsumer(InboxConsumers inboxes, AllocationProjector projector, FillReactions fills,
                            ShipmentAnswers shipments) {
        this.projector = projector;
        this.fills = fills;
        this.shipments = shipments;
        this.inbox = inboxes.named(CONSUMER, this::handle);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    private void handle(Connection connection, IncomingRecord record) {
        EventEnvelope envelope = record.envelope();
        try {
            if (EventTypes.isKnown(envelope.type())) {
                EventData event = ContractJson.dataOf(envelope);
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
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable event: " + e.getMessage(), e);
        }
    }
}
