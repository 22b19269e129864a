package io.backorder.inventory.app;

import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.config.InventorySettings;
import io.backorder.inventory.domain.FillOptions;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.domain.StockRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.jboss.logging.Logger;

/** Takes receipts from warehouse scanners, over HTTP or warehouse.receipts, each receipt id once. */
@ApplicationScoped
public class Receipts {

    private static final Logger LOG = Logger.getLogger(Receipts.class);

    private final Transactions transactions;
    private final StockItems items;
    private final BackorderFills fills;
    private final InventorySettings settings;
    private final CommandFlows flows;

    Receipts(Transactions transactions, StockItems items, BackorderFills fills, InventorySettings settings,
             CommandFlows flows) {
        this.transactions = transactions;
        this.items = items;
        this.fills = fills;
        this.settings = settings;
        this.flows = flows;
    }

    public ReceiptResult receive(ReceiptScanned receipt) {
        return transactions.inTransaction(connection -> receiveWithin(connection, receipt, flows.start()));
    }

    /**
     * @throws StockRefusal when the receipt id was taken before for other goods, or the item is unknown
     */
    public ReceiptResult receiveWithin(Connection connection, ReceiptScanned receipt, EventMetadata metadata) {
        if (!ReceiptLedger.claim(connection, receipt)) {
            ReceiptLedger.Taken taken = ReceiptLedger.find(connection, receipt.receiptId()).orElseThrow();
            if (!taken.sameAs(receipt)) {
                throw new ReceiptConflict(receipt.receiptId(), taken.quantity(), taken.sku());
            }
            StockItem item = items.load(connection, receipt.sku());
            return new ReceiptResult(receipt.receiptId(), receipt.sku(), receipt.quantity(), receipt.poNumber(),
                    item.onHand(), false);
        }
        StockItem item = items.load(connection, receipt.sku());
        items.save(item, item.receive(receipt.receiptId(), receipt.quantity(), receipt.poNumber()), metadata);
        LOG.debugf("receipt %s: %d of %s received%s, %d on hand", receipt.receiptId(), receipt.quantity(), receipt.sku(),
                receipt.poNumber() == null ? "" : " for " + receipt.poNumber(), item.onHand());
        if (settings.autoFillOnReceipt()) {
            fills.fillWithin(connection, new BackorderFills.FillCommand(List.of(), List.of(receipt.sku()), false, true, null, null),
                    new FillOptions("fill-receipt-" + receipt.receiptId(), true, null, null), metadata);
        }
        return new ReceiptResult(receipt.receiptId(), receipt.sku(), receipt.quantity(), receipt.poNumber(),
                item.onHand(), true);
    }

    /** The same receipt id came back with other goods: a scanner fault that a person must look at. */
    public static final class ReceiptConflict extends StockRefusal {
        ReceiptConflict(String receiptId, int quantity, String sku) {
            super("receipt " + receiptId + " was already taken for " + quantity + " of " + sku);
        }
    }
}
