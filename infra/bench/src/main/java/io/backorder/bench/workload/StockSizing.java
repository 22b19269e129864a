package io.backorder.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Initial stock that makes a chosen share of order lines backorder.
 *
 * <p>Inventory serves lines in the order they arrive, so for each sku the stock covers exactly the units of its first
 * {@code (1 - share)} lines, in placement order, and every later line of that sku is short. Sized per sku, the share
 * holds for popular and rare items alike, and since line sizes do not depend on the sku, stock comes out near
 * {@code (1 - share)} of the demand in units too ("stock for about 80 % of the demand" is a backorder share of 0.2).
 * Arrival at inventory can differ a little from placement order (orders travel on three partitions), which moves
 * single lines, not the share.
 */
public final class StockSizing {

    private StockSizing() {
    }

    /**
     * Stock for every item of {@code skus} (0 for an item nobody orders) so that about {@code backorderShare} of the
     * lines of {@code orders} backorder.
     */
    public static Map<String, Integer> forBackorderShare(List<String> skus, List<PlannedOrder> orders,
                                                         double backorderShare) {
        if (backorderShare < 0 || backorderShare > 1) {
            throw new IllegalArgumentException("the backorder share is between 0 and 1, not " + backorderShare);
        }
        Map<String, List<Integer>> linesBySku = new LinkedHashMap<>();
        for (PlannedOrder order : orders) {
            for (PlannedOrder.Line line : order.lines()) {
                linesBySku.computeIfAbsent(line.sku(), sku -> new ArrayList<>()).add(line.quantity());
            }
        }
        Map<String, Integer> stock = new LinkedHashMap<>();
        for (String sku : skus) {
            List<Integer> quantities = linesBySku.getOrDefault(sku, List.of());
            long served = Math.round(quantities.size() * (1 - backorderShare));
            stock.put(sku, quantities.stream().limit(served).mapToInt(Integer::intValue).sum());
        }
        return stock;
    }

    /**
     * What happens when {@code orders} arrive in order against {@code stock}: the share of lines that get less than
     * they ask for, and the share of demanded units that stock covers.
     */
    public static Expectation expect(Map<String, Integer> stock, List<PlannedOrder> orders) {
        Map<String, Integer> left = new LinkedHashMap<>(stock);
        long lines = 0;
        long shortLines = 0;
        long units = 0;
        for (PlannedOrder order : orders) {
            for (PlannedOrder.Line line : order.lines()) {
                int available = left.getOrDefault(line.sku(), 0);
                int served = Math.min(available, line.quantity());
                left.put(line.sku(), available - served);
                lines++;
                units += line.quantity();
                if (served < line.quantity()) {
                    shortLines++;
                }
            }
        }
        long stocked = stock.values().stream().mapToLong(Integer::longValue).sum();
        return new Expectation(lines == 0 ? 0 : (double) shortLines / lines, units == 0 ? 0 : (double) stocked / units);
    }

    /** @param backorderedLineShare lines that will backorder; @param stockShareOfDemand units on hand ÷ units ordered */
    public record Expectation(double backorderedLineShare, double stockShareOfDemand) {
    }
}
