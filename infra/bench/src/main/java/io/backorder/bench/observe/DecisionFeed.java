package io.backorder.bench.observe;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.orders.OrderImported;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Feeds an {@link OrderTracker} from the tapped topics: the import gives the order number and lines, each
 * allocation or backorder decides units of a line.
 */
public final class DecisionFeed implements EventTap.Listener {

    static final Set<String> TYPES = Set.of("OrderImported", "StockAllocated", "LineBackordered");

    private final OrderTracker tracker;

    public DecisionFeed(OrderTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public Set<String> types() {
        return TYPES;
    }

    @Override
    public void on(EventEnvelope event, long seenNanos) {
        switch (event.type()) {
            case "OrderImported" -> {
                OrderImported imported = ContractJson.fromData(event.data(), OrderImported.class);
                Map<Integer, Integer> quantities = new LinkedHashMap<>();
                imported.lines().forEach(line -> quantities.put(line.lineNo(), line.quantity()));
                tracker.imported(imported.storefrontOrderId(), imported.orderNumber(), quantities, seenNanos);
            }
            case "StockAllocated" -> {
                StockAllocated allocated = ContractJson.fromData(event.data(), StockAllocated.class);
                tracker.lineOutcome(allocated.orderNumber(), allocated.lineNo(), allocated.quantity(), false, seenNanos);
            }
            case "LineBackordered" -> {
                LineBackordered backordered = ContractJson.fromData(event.data(), LineBackordered.class);
                tracker.lineOutcome(backordered.orderNumber(), backordered.lineNo(), backordered.quantityNeeded(), true,
                        seenNanos);
            }
            default -> {
                // not a decision
            }
        }
    }
}
