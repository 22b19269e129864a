package io.backorder.bench.workload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes the storefront orders of a scenario: {@code linesPerOrder} distinct skus per order (the contract refuses an
 * order naming a sku twice), skus drawn with a {@link ZipfSampler}, one to {@code maxQuantity} units a line. The same
 * seed gives the same orders, so the system and the comparator see the very same workload.
 */
public final class WorkloadGenerator {

    private final ItemNames items;
    private final ZipfSampler sampler;
    private final int maxQuantity;
    private final RandomGenerator random;

    public WorkloadGenerator(ItemNames items, double zipfExponent, int maxQuantity, long seed) {
        if (maxQuantity < 1) {
            throw new IllegalArgumentException("maxQuantity must be at least 1, not " + maxQuantity);
        }
        this.items = items;
        this.sampler = new ZipfSampler(items.count(), zipfExponent);
        this.maxQuantity = maxQuantity;
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code count} orders with ids {@code <idPrefix>-1 …}.
     *
     * @throws IllegalArgumentException if an order would need more distinct skus than there are items
     */
    public List<PlannedOrder> orders(String idPrefix, int count, int linesPerOrder) {
        if (linesPerOrder < 1 || linesPerOrder > items.count()) {
            throw new IllegalArgumentException("lines per order must be between 1 and the " + items.count()
                    + " items, not " + linesPerOrder);
        }
        List<PlannedOrder> orders = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Set<Integer> ranks = new LinkedHashSet<>();
            // redraw a sku the order already has: the skew stays Zipf's, conditioned on distinct lines
            while (ranks.size() < linesPerOrder) {
                ranks.add(sampler.sample(random));
            }
            List<PlannedOrder.Line> lines = ranks.stream()
                    .map(rank -> new PlannedOrder.Line(items.sku(rank), 1 + random.nextInt(maxQuantity)))
                    .toList();
            orders.add(new PlannedOrder(idPrefix + "-" + i, lines));
        }
        return orders;
    }
}
