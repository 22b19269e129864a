package io.backorder.bench.observe;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Histograms of the bench, all alike: microseconds, up to an hour, 3 significant digits. */
public final class Latencies {

    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);
    static final int SIGNIFICANT_DIGITS = 3;

    private Latencies() {
    }

    public static Histogram newHistogram() {
        return new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    }

    /** Records the time from {@code startNanos} to {@code endNanos} (both {@link System#nanoTime()}), clamped to the range. */
    public static void record(Histogram histogram, long startNanos, long endNanos) {
        long micros = Math.max(0, TimeUnit.NANOSECONDS.toMicros(endNanos - startNanos));
        histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
    }
}
