package io.backorder.purchasing.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.SupplierChanged;
import io.backorder.eventing.EventSourced;
import java.util.List;

/** A supplier, event-sourced like everything purchasing owns, so that every change is on purchasing.events. */
public final class Supplier implements EventSourced {

    public static final String AGGREGATE_TYPE = "Supplier";

    private final String supplierId;
    private long version;
    private SupplierSpec spec;

    private Supplier(String supplierId) {
        this.supplierId = supplierId;
    }

    public static Supplier replay(String supplierId, List<? extends EventData> history) {
        Supplier supplier = new Supplier(supplierId);
        history.forEach(supplier::apply);
        return supplier;
    }

    @Override
    public void apply(EventData event) {
        version++;
        if (event instanceof SupplierChanged e) {
            spec = new SupplierSpec(e.name(), e.email(), e.leadTimeDays());
        }
    }

    /** Defines the supplier or changes it; nothing when it is already so. */
    public List<EventData> define(SupplierSpec newSpec) {
        if (newSpec.equals(spec)) {
            return List.of();
        }
        return List.of(new SupplierChanged(supplierId, newSpec.name(), newSpec.email(), newSpec.leadTimeDays()));
    }

    public boolean defined() {
        return spec != null;
    }

    public SupplierSpec spec() {
        return spec;
    }

    public String supplierId() {
        return supplierId;
    }

    @Override
    public long version() {
        return version;
    }
}
