package io.backorder.purchasing.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.SupplierItemChanged;
import io.backorder.eventing.EventSourced;
import java.util.List;

/** How a sku is bought ({@link SupplierTerms}); one stream per sku. */
public final class SupplierItem implements EventSourced {

    public static final String AGGREGATE_TYPE = "SupplierItem";

    private final String sku;
    private long version;
    private SupplierTerms terms;

    private SupplierItem(String sku) {
        this.sku = sku;
    }

    public static SupplierItem replay(String sku, List<? extends EventData> history) {
        SupplierItem item = new SupplierItem(sku);
        history.forEach(item::apply);
        return item;
    }

    @Override
    public void apply(EventData event) {
        version++;
        if (event instanceof SupplierItemChanged e) {
            terms = new SupplierTerms(e.supplierId(), e.unitCost(), e.minimumQuantity(), e.lotSize(), e.reorderPoint());
        }
    }

    /**
     * Sets the terms; nothing when they are already so.
     *
     * @throws PurchasingRefusal for a minimum or lot size below one or a negative reorder point or cost
     */
    public List<EventData> define(SupplierTerms newTerms) {
        if (newTerms.minimumQuantity() < 1 || newTerms.lotSize() < 1 || newTerms.reorderPoint() < 0
                || newTerms.unitCost().signum() < 0) {
            throw new PurchasingRefusal("the terms of " + sku + " need a minimum and a lot size of at least 1, and no"
                    + " negative reorder point or cost");
        }
        if (newTerms.sameAs(terms)) {
            return List.of();
        }
        return List.of(new SupplierItemChanged(sku, newTerms.supplierId(), newTerms.unitCost(),
                newTerms.minimumQuantity(), newTerms.lotSize(), newTerms.reorderPoint()));
    }

    public boolean defined() {
        return terms != null;
    }

    public SupplierTerms terms() {
        return terms;
    }

    public String sku() {
        return sku;
    }

    @Override
    public long version() {
        return version;
    }
}
