package io.backorder.bench.workload;

import java.util.List;
import java.util.Objects;

/** An order the storefront load will place: its storefront id and its lines, each a distinct sku. */
public record PlannedOrder(String storefrontOrderId, List<Line> lines) {

    public PlannedOrder {
        Objects.requireNonNull(storefrontOrderId, "storefrontOrderId");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order " + storefrontOrderId + " has no lines");
        }
    }

    /** One sku and how many units of it. */
    public record Line(String sku, int quantity) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            if (quantity < 1) {
                throw new IllegalArgumentException("a line orders at least one unit, not " + quantity);
            }
        }
    }

    public int units() {
        return lines.stream().mapToInt(Line::quantity).sum();
    }
}
