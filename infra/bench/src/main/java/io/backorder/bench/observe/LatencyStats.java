package io.backorder.bench.observe;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in milliseconds, as the report prints it. Taken from a histogram recorded in microseconds
 * (see {@link Latencies}); percentiles are HdrHistogram's (3 significant digits).
 */
public record LatencyStats(long count, double meanMs, double p50Ms, double p90Ms, double p99Ms, double p999Ms,
                           double maxMs) {

    public static final LatencyStats EMPTY = new LatencyStats(0, 0, 0, 0, 0, 0, 0);

    /** The distribution of a histogram recorded in microseconds. */
    public static LatencyStats ofMicros(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return EMPTY;
        }
        return new LatencyStats(micros.getTotalCount(), micros.getMean() / 1000.0,
                ms(micros, 50), ms(micros, 90), ms(micros, 99), ms(micros, 99.9), micros.getMaxValue() / 1000.0);
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }
}
