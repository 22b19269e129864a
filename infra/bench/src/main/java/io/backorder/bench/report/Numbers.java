package io.backorder.bench.report;

import java.util.Locale;

/** How the report writes numbers: thousands separated, as many decimals as the size of the number deserves. */
public final class Numbers {

    private Numbers() {
    }

    /** 3000 → "3,000"; 58.123 → "58.1"; 0.0512 → "0.051"; 1.25 → "1.25". */
    public static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%,.1f", value);
        }
        if (magnitude >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
