package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.LineAllocationView;
import java.util.List;

/** An order's lines as inventory sees them: units held for each, units each still needs. */
public record AllocationResponse(String orderNumber, List<Line> lines) {

    public record Line(int lineNo, String sku, int allocated, int needed) {
    }

    public static AllocationResponse of(String orderNumber, List<LineAllocationView> lines) {
        return new AllocationResponse(orderNumber, lines.stream()
                .map(line -> new Line(line.lineNo, line.sku, line.allocated, line.needed)).toList());
    }
}
