package io.backorder.inventory.domain;

import io.backorder.contracts.EventData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which waiting lines a fill serves, across the items involved.
 *
 * <p>The rule: lines are served oldest order first, by the time the order was placed, then by order
 * number (shorter numbers first, so 999 comes before 1000), then by line number; except that a line
 * an operator forced to backorder waits behind every line that was not forced, since its units
 * were released precisely so that the others could have them. Each line gets what its item has
 * available, up to what it needs. With {@code onlyCompletableOrders}, whole orders are served in
 * that order, each only if every line it still needs can be served in full now; an order passed
 * over leaves its units available for the orders after it.
 */
public final class FillPlanner {

    public static final Comparator<WaitingLine> QUEUE_ORDER = Comparator
            .comparing(WaitingLine::forced)
            .thenComparing(WaitingLine::placedAt)
            .thenComparing(waiting -> waiting.line().orderNumber().length())
            .thenComparing(waiting -> waiting.line().orderNumber())
            .thenComparing(waiting -> waiting.line().lineNo());

    private FillPlanner() {
    }

    /**
     * Applies the decisions to the items as it goes, so that each decision sees the units the
     * previous ones took; answers the events decided, per sku, in decision order.
     */
    public static Map<String, List<EventData>> plan(List<WaitingLine> waiting, Map<String, StockItem> items,
                                                    boolean onlyCompletableOrders, FillOptions options) {
        Map<String, List<EventData>> decided = new LinkedHashMap<>();
        if (!onlyCompletableOrders) {
            waiting.stream().sorted(QUEUE_ORDER).forEach(line -> serve(line, items, options, decided));
            return decided;
        }
        for (List<WaitingLine> order : byOrder(waiting)) {
            if (completable(order, items)) {
                order.forEach(line -> serve(line, items, options, decided));
            }
        }
        return decided;
    }

    private static void serve(WaitingLine line, Map<String, StockItem> items, FillOptions options,
                              Map<String, List<EventData>> decided) {
        StockItem item = items.get(line.sku());
        List<EventData> events = item.fill(line.line(), item.neededBy(line.line()), line.orderApproved(), options);
        events.forEach(item::apply);
        decided.computeIfAbsent(line.sku(), sku -> new ArrayList<>()).addAll(events);
    }

    private static boolean completable(List<WaitingLine> order, Map<String, StockItem> items) {
        return order.stream().allMatch(line -> {
            StockItem item = items.get(line.sku());
            return item.neededBy(line.line()) <= item.available();
        });
    }

    private static List<List<WaitingLine>> byOrder(List<WaitingLine> waiting) {
        Map<String, List<WaitingLine>> orders = new LinkedHashMap<>();
        waiting.stream().sorted(QUEUE_ORDER)
                .forEach(line -> orders.computeIfAbsent(line.line().orderNumber(), n -> new ArrayList<>()).add(line));
        return new ArrayList<>(orders.values());
    }
}
