package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.LineAllocationView;
import java.util.List;

/**
 * An order's lines as inventory sees them: units held for each, units each still needs; and
 * whether inventory heard of the order's approval (units filled from then on go to an order split
 * off it).
 */
public record AllocationResponse(String orderNumber, boolean approved, List<Line> lines) {

    public record Line(int lineNo, String sku, int allocated, int needed) {
    }

    public static AllocationResponse of(String orderNumber, boolean approved, List<LineAllocationView> lines) {
        return new AllocationResponse(orderNumber, approved, lines.stream()
                .map(line -> new Line(line.lineNo, line.sku, line.allocated, line.needed)).toList());
    }
}
