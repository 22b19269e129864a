package io.backorder.purchasing.domain;

import java.math.BigDecimal;

/** One sku of a purchase order: units ordered at a cost, units received, and of those the ones beyond the order. */
public record PurchaseOrderLine(String sku, int quantity, BigDecimal unitCost, int received, int overReceived) {

    /** Units still to come; none once the order is closed. */
    public int outstanding() {
        return Math.max(0, quantity - received);
    }

    public BigDecimal lineTotal() {
        return unitCost.multiply(BigDecimal.valueOf(quantity));
    }
}
