package io.backorder.eventing;

import java.time.Duration;

/**
 * How the outbox relay paces itself. {@code retention} is how long published rows stay for
 * inspection; {@code attemptsBeforeSetAside} is how many rounds a row that fails for a reason of
 * its own (too large, no such topic) is tried before it is set aside.
 */
public record RelaySettings(int batchSize, Duration pollInterval, Duration sendTimeout, Duration retention,
                            int attemptsBeforeSetAside) {

    /** An idle relay spends at most one part in this many of its time on empty rounds (within the cap). */
    static final int EMPTY_ROUND_SHARE = 10;

    public RelaySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        if (attemptsBeforeSetAside < 1) {
            throw new IllegalArgumentException("attemptsBeforeSetAside must be positive");
        }
    }

    public RelaySettings(int batchSize, Duration pollInterval, Duration sendTimeout, Duration retention) {
        this(batchSize, pollInterval, sendTimeout, retention, 3);
    }

    /**
     * How long the relay waits before its next round when one found less than a batch (a commit wakes it sooner):
     * the poll interval, or, after a round that found nothing, {@value #EMPTY_ROUND_SHARE} times what that round
     * took, up to {@value #EMPTY_ROUND_SHARE} poll intervals. An empty round is slow while a large transaction's
     * records are written but not committed: its scan passes every one of them (a fill's 100,000: 40 to 90 ms a
     * round), and at the usual pace the relay's rounds would take a third of a core from that transaction to find
     * nothing. A round that takes 1 ms waits the poll interval as before.
     */
    public Duration idleWait(int published, Duration roundTook) {
        if (published > 0) {
            return pollInterval;
        }
        Duration scaled = roundTook.multipliedBy(EMPTY_ROUND_SHARE);
        Duration longest = pollInterval.multipliedBy(EMPTY_ROUND_SHARE);
        return scaled.compareTo(pollInterval) <= 0 ? pollInterval : scaled.compareTo(longest) >= 0 ? longest : scaled;
    }

    public static RelaySettings defaults() {
        return new RelaySettings(500, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofDays(7), 3);
    }
}
