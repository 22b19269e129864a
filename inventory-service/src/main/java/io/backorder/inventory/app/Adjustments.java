package io.backorder.inventory.app;

import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Corrections of the count on the shelf (a cycle count, damage), each with its reason. */
@ApplicationScoped
public class Adjustments {

    private static final Logger LOG = Logger.getLogger(Adjustments.class);

    private final Transactions transactions;
    private final StockItems items;
    private final CommandFlows flows;

    Adjustments(Transactions transactions, StockItems items, CommandFlows flows) {
        this.transactions = transactions;
        this.items = items;
        this.flows = flows;
    }

    /** Answers the units on hand after the adjustment. */
    public int adjust(String sku, int delta, String reason) {
        return transactions.inTransaction(connection -> {
            StockItem item = items.load(connection, sku);
            items.save(item, item.adjust(delta, reason), flows.start());
            LOG.infof("item %s adjusted by %+d (%s), %d on hand", sku, delta, reason, item.onHand());
            return item.onHand();
        });
    }
}
