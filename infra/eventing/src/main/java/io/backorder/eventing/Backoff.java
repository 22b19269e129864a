package io.backorder.eventing;

import java.time.Duration;

/**
 * How long to wait before the next try of something that failed for a passing reason: doubling
 * from {@code first} up to {@code max}, so that a short hiccup costs milliseconds and a long outage
 * is not hammered.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    public static Backoff defaults() {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(30));
    }

    /** The wait after the given failed attempt (1 for the first failure). */
    public Duration after(int failedAttempt) {
        int doublings = Math.min(Math.max(failedAttempt, 1) - 1, 30);
        long millis = first.toMillis() << doublings;
        return millis <= 0 || millis >= max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
