package io.backorder.faults.scenario;

import java.time.Duration;
import java.util.Locale;

/** One figure of a fault run, as the report prints it: "receipts sent: 10,000". */
public record Figure(String name, String value) {

    public static Figure count(String name, long count) {
        return new Figure(name, String.format(Locale.ROOT, "%,d", count));
    }

    public static Figure seconds(String name, Duration duration) {
        return new Figure(name, String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0));
    }

    public static Figure text(String name, String value) {
        return new Figure(name, value);
    }
}
