package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.SupplierView;

public record SupplierResponse(String supplierId, String name, String email, int leadTimeDays) {

    static SupplierResponse of(SupplierView view) {
        return new SupplierResponse(view.supplierId, view.name, view.email, view.leadTimeDays);
    }
}
