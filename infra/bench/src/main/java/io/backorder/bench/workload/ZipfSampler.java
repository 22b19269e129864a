package io.backorder.bench.workload;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Draws ranks {@code 0 … n-1} with Zipf's law: rank {@code k} has probability proportional to
 * {@code 1 / (k + 1)^exponent}, so rank 0 is the best seller. Exponent 0 is uniform; around 1 is what web shops see.
 *
 * <p>The cumulative distribution is computed once; a draw is one uniform number and a binary search, so drawing
 * millions of lines costs nothing next to the system under test.
 */
public final class ZipfSampler {

    private final double exponent;
    private final double[] cumulative;

    public ZipfSampler(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("a Zipf sampler needs at least one rank, not " + n);
        }
        if (exponent < 0 || Double.isNaN(exponent) || Double.isInfinite(exponent)) {
            throw new IllegalArgumentException("the Zipf exponent must be 0 or more, not " + exponent);
        }
        this.exponent = exponent;
        this.cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += weight(k);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        // rounding must not leave a gap above the last rank
        cumulative[n - 1] = 1.0;
    }

    private double weight(int rank) {
        return 1.0 / Math.pow(rank + 1, exponent);
    }

    public int size() {
        return cumulative.length;
    }

    public double exponent() {
        return exponent;
    }

    /** The probability of drawing {@code rank}. */
    public double probability(int rank) {
        if (rank < 0 || rank >= cumulative.length) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + cumulative.length);
        }
        return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
    }

    /** One rank, drawn with {@code random}. */
    public int sample(RandomGenerator random) {
        double u = random.nextDouble();
        int found = Arrays.binarySearch(cumulative, u);
        // binarySearch answers (-(insertion point) - 1) when u is not an exact entry: the first cumulative above u
        int rank = found >= 0 ? found + 1 : -found - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
