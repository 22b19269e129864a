package io.backorder.purchasing.domain;

import java.math.BigDecimal;

/**
 * How one sku is bought: from its primary supplier, at the supplier's unit cost, at least minimumQuantity units,
 * in whole lots of lotSize, and whenever available stock falls below reorderPoint.
 */
public record SupplierTerms(String supplierId, BigDecimal unitCost, int minimumQuantity, int lotSize,
                            int reorderPoint) {

    /** Equal terms compare costs by value, so that "7.4" and "7.40" are no change. */
    public boolean sameAs(SupplierTerms other) {
        return other != null && supplierId.equals(other.supplierId) && unitCost.compareTo(other.unitCost) == 0
                && minimumQuantity == other.minimumQuantity && lotSize == other.lotSize
                && reorderPoint == other.reorderPoint;
    }
}
