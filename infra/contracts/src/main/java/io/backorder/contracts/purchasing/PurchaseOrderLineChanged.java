package io.backorder.contracts.purchasing;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;

/** A line of a draft purchase order was set to a quantity and cost (added, or changed); added by this project. */
public record PurchaseOrderLineChanged(String poNumber, String sku, int quantity,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitCost)
        implements EventData {
}
