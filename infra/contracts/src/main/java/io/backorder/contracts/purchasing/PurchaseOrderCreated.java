package io.backorder.contracts.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;
import java.util.List;

/** Stock was ordered from a supplier to cover reorder points and backorders of the last backorderWindowDays. */
public record PurchaseOrderCreated(String poNumber, String supplierId, List<Line> lines, int backorderWindowDays)
        implements EventData {

    /** Units of one sku ordered from the supplier, at the supplier's cost. */
    public record Line(String sku, int quantity, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitCost) {
    }
}
