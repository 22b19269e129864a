package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.SupplierItemView;
import java.math.BigDecimal;

public record SupplierItemResponse(String sku, String supplierId, BigDecimal unitCost, int minimumQuantity,
                                   int lotSize, int reorderPoint) {

    static SupplierItemResponse of(SupplierItemView view) {
        return new SupplierItemResponse(view.sku, view.supplierId, view.unitCost, view.minimumQuantity, view.lotSize,
                view.reorderPoint);
    }
}
