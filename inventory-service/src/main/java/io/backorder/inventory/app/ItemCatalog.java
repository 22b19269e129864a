package io.backorder.inventory.app;

import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.inventory.domain.ItemSpec;
import io.backorder.inventory.domain.StockItem;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Defines and changes items. */
@ApplicationScoped
public class ItemCatalog {

    private static final Logger LOG = Logger.getLogger(ItemCatalog.class);

    private final Transactions transactions;
    private final StockItems items;
    private final CommandFlows flows;

    ItemCatalog(Transactions transactions, StockItems items, CommandFlows flows) {
        this.transactions = transactions;
        this.items = items;
        this.flows = flows;
    }

    /** Answers whether the item was defined by this call (false: it existed and was changed, or left as it was). */
    public boolean define(String sku, ItemSpec spec, int initialQuantityOnHand) {
        return transactions.inTransaction(connection -> {
            StockItem item = items.load(connection, sku);
            boolean isNew = !item.defined();
            items.save(item, item.define(spec, initialQuantityOnHand), flows.start());
            if (isNew) {
                LOG.infof("item %s defined with %d on hand", sku, item.onHand());
            }
            return isNew;
        });
    }
}
