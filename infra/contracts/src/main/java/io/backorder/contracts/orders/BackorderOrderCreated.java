package io.backorder.contracts.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;
import java.util.List;

/** Filled backorder lines were split off into a new order so they can ship before the rest of the original. */
public record BackorderOrderCreated(
        String orderNumber,
        String originalOrderNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        List<Line> lines) implements EventData {

    /** A line of the new order, pointing back at the original order's line it came from. */
    public record Line(int lineNo, int originalLineNo, String sku, int quantity) {
    }
}
