package io.backorder.inventory.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.InputBodies;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.quarkus.InboxConsumers;
import io.backorder.inventory.app.Receipts;
import io.backorder.inventory.domain.StockRefusal;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.sql.Connection;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receipts that scanners publish on warehouse.receipts, bare or in an envelope, checked like
 * {@code POST /api/receipts}; bad ones go to warehouse.receipts.dlq with the reason.
 */
@Startup // registered with InboxConsumers before any record comes, so that its dead letters can be retried
@ApplicationScoped
public class WarehouseReceiptsConsumer {

    static final String CHANNEL = "warehouse-receipts";
    static final String CONSUMER = "inventory-service.warehouse-receipts";

    private final InboxConsumer inbox;
    private final Receipts receipts;
    private final Validator validator;

    WarehouseReceiptsConsumer(InboxConsumers inboxes, Receipts receipts,
                              Validator validator) {
        this.receipts = receipts;
        this.validator = validator;
        this.inbox = inboxes.named(CONSUMER, this::handle);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> polled) {
        inbox.consume(polled);
    }

    private void handle(Connection connection, IncomingRecord record) {
        ReceiptScanned receipt = read(record.value());
        try {
            receipts.receiveWithin(connection, receipt, EventMetadata.causedBy(null, record.eventId()));
        } catch (StockRefusal refusal) {
            throw new PoisonMessageException(refusal.getMessage(), refusal);
        }
    }

    private ReceiptScanned read(String value) {
        try {
            return InputBodies.read(value, ReceiptScanned.class, validator);
        } catch (ContractException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }
}
