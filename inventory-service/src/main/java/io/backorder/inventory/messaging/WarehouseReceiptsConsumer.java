package io.backorder.inventory.messaging;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.InputBodies;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.app.Receipts;
import io.backorder.inventory.domain.StockRefusal;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Receipts that scanners publish on warehouse.receipts, bare or in an envelope, checked like
 * {@code POST /api/receipts}; bad ones go to warehouse.receipts.dlq with the reason.
 */
@ApplicationScoped
public class WarehouseReceiptsConsumer {

    static final String CHANNEL = "warehouse-receipts";
    static final String CONSUMER = "inventory-service.warehouse-receipts";

    private final InboxConsumer inbox;
    private final Receipts receipts;
    private final Validator validator;

    WarehouseReceiptsConsumer(Inbox inbox, Outbox outbox, Transactions transactions, Receipts receipts,
                              Validator validator) {
        this.inbox = new InboxConsumer(CONSUMER, inbox, outbox, transactions);
        this.receipts = receipts;
        this.validator = validator;
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
