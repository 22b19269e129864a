package io.backorder.bench.workload;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario sends: the items to define with their initial stock (in definition order) and the orders, in the
 * order they are placed.
 */
public record Workload(Map<String, Integer> initialStock, List<PlannedOrder> orders) {

    public Workload {
        initialStock = Collections.unmodifiableMap(new LinkedHashMap<>(initialStock));
        orders = List.copyOf(orders);
    }

    public int lines() {
        return orders.stream().mapToInt(order -> order.lines().size()).sum();
    }

    /** The mean number of lines per order. */
    public double linesPerOrder() {
        return orders.isEmpty() ? 0 : (double) lines() / orders.size();
    }
}
