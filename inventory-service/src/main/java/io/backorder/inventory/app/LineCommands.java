package io.backorder.inventory.app;

import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.config.InventorySettings;
import io.backorder.inventory.domain.LineRef;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.readmodel.LineAllocationView;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** What an operator does to one order line from its page: force a backorder, or cancel one. */
@ApplicationScoped
public class LineCommands {

    private static final Logger LOG = Logger.getLogger(LineCommands.class);

    private final Transactions transactions;
    private final StockItems items;
    private final InventorySettings settings;
    private final CommandFlows flows;

    LineCommands(Transactions transactions, StockItems items, InventorySettings settings, CommandFlows flows) {
        this.transactions = transactions;
        this.items = items;
        this.settings = settings;
        this.flows = flows;
    }

    /** Where a line stands after a command. */
    public record LineState(String orderNumber, int lineNo, String sku, int allocated, int needed) {
    }

    /** The action is switched off by the merchant (AllowCancelBackorders false). */
    public static final class ActionDisabled extends RuntimeException {
        ActionDisabled(String message) {
            super(message);
        }
    }

    /** Inventory has never seen this order line. */
    public static final class UnknownLine extends RuntimeException {
        UnknownLine(LineRef line) {
            super("inventory knows no " + line);
        }
    }

    /** @param quantity null: every unit the line holds */
    public LineState forceBackorder(String orderNumber, int lineNo, Integer quantity) {
        LineRef line = new LineRef(orderNumber, lineNo);
        return transactions.inTransaction(connection -> {
            StockItem item = items.load(connection, skuOf(line));
            items.save(item, item.forceBackorder(line, quantity, settings.allocationPolicy()),
                    flows.start());
            LOG.infof("%s: forced to backorder, now holds %d and needs %d of %s", line, item.allocatedTo(line),
                    item.neededBy(line), item.sku());
            return new LineState(orderNumber, lineNo, item.sku(), item.allocatedTo(line), item.neededBy(line));
        });
    }

    /** @param quantity null: every unit the line needs */
    public LineState cancelBackorder(String orderNumber, int lineNo, Integer quantity) {
        if (!settings.allowCancelBackorders()) {
            throw new ActionDisabled("cancelling backorders is switched off (AllowCancelBackorders is false)");
        }
        LineRef line = new LineRef(orderNumber, lineNo);
        return transactions.inTransaction(connection -> {
            StockItem item = items.load(connection, skuOf(line));
            items.save(item, item.cancelBackorder(line, quantity), flows.start());
            LOG.infof("%s: backorder cancelled, still needs %d of %s", line, item.neededBy(line), item.sku());
            return new LineState(orderNumber, lineNo, item.sku(), item.allocatedTo(line), item.neededBy(line));
        });
    }

    private static String skuOf(LineRef line) {
        LineAllocationView view = LineAllocationView.of(line.orderNumber(), line.lineNo());
        if (view == null) {
            throw new UnknownLine(line);
        }
        return view.sku;
    }
}
