package io.backorder.bench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The skus of one scenario: {@code <prefix>-00001 …}, rank 0 first. A prefix per run keeps the items of runs on the
 * same stack (an attached one) apart.
 */
public record ItemNames(String prefix, int count) {

    public ItemNames {
        if (count < 1) {
            throw new IllegalArgumentException("a scenario needs at least one item, not " + count);
        }
        if (!prefix.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("not a sku prefix: " + prefix);
        }
    }

    /** The sku of {@code rank} (0 is the best seller under a Zipf skew). */
    public String sku(int rank) {
        if (rank < 0 || rank >= count) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + count);
        }
        return String.format("%s-%05d", prefix, rank + 1);
    }

    public List<String> all() {
        List<String> skus = new ArrayList<>(count);
        for (int rank = 0; rank < count; rank++) {
            skus.add(sku(rank));
        }
        return skus;
    }
}
