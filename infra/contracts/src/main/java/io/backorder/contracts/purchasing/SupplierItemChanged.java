package io.backorder.contracts.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;

/**
 * How a sku is bought, defined or changed: its primary supplier, the supplier's unit cost, the least quantity the
 * supplier takes, the lot size orders are rounded up to, and the reorder point (available units below which more is
 * bought). Keyed by sku; added by this project.
 */
public record SupplierItemChanged(String sku, String supplierId,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitCost,
                                  int minimumQuantity, int lotSize, int reorderPoint) implements EventData {
}
