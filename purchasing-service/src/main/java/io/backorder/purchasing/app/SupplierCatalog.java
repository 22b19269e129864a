package io.backorder.purchasing.app;

import io.backorder.contracts.EventData;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.domain.Supplier;
import io.backorder.purchasing.domain.SupplierItem;
import io.backorder.purchasing.domain.SupplierSpec;
import io.backorder.purchasing.domain.SupplierTerms;
import io.backorder.purchasing.domain.UnknownSupplierException;
import io.backorder.purchasing.readmodel.SupplierViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Defines and changes suppliers and supplier items. */
@ApplicationScoped
public class SupplierCatalog {

    private static final Logger LOG = Logger.getLogger(SupplierCatalog.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final SupplierViews views;
    private final CommandFlows flows;

    SupplierCatalog(Transactions transactions, PurchasingStore store, SupplierViews views, CommandFlows flows) {
        this.transactions = transactions;
        this.store = store;
        this.views = views;
        this.flows = flows;
    }

    /** Answers whether this call defined the supplier (false: it existed, and was changed or left as it was). */
    public boolean defineSupplier(String supplierId, SupplierSpec spec) {
        return transactions.inTransaction(connection -> {
            Supplier supplier = store.supplier(connection, supplierId);
            boolean isNew = !supplier.defined();
            List<EventData> decided = supplier.define(spec);
            if (!store.save(Supplier.AGGREGATE_TYPE, supplierId, supplier, decided, flows.start()).isEmpty()) {
                views.write(connection, supplier);
                LOG.infof("supplier %s %s: %s, lead time %d days", supplierId, isNew ? "defined" : "changed",
                        spec.name(), spec.leadTimeDays());
            }
            return isNew;
        });
    }

    /**
     * Answers whether this call defined the supplier item.
     *
     * @throws UnknownSupplierException when the terms name a supplier nobody defined
     */
    public boolean defineItem(String sku, SupplierTerms terms) {
        return transactions.inTransaction(connection -> {
            if (!store.supplier(connection, terms.supplierId()).defined()) {
                throw new UnknownSupplierException(terms.supplierId());
            }
            SupplierItem item = store.supplierItem(connection, sku);
            boolean isNew = !item.defined();
            List<EventData> decided = item.define(terms);
            if (!store.save(SupplierItem.AGGREGATE_TYPE, sku, item, decided, flows.start()).isEmpty()) {
                views.write(connection, item);
                LOG.infof("supplier item %s: bought from %s at %s, minimum %d, lot %d, reorder point %d", sku,
                        terms.supplierId(), terms.unitCost(), terms.minimumQuantity(), terms.lotSize(),
                        terms.reorderPoint());
            }
            return isNew;
        });
    }
}
