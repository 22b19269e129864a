package io.backorder.eventing;

import java.time.Duration;

/**
 * How the outbox relay paces itself. {@code retention} is how long published rows stay for
 * inspection; {@code attemptsBeforeSetAside} is how many rounds a row that fails for a reason of
 * its own (too large, no such topic) is tried before it is set aside.
 */
public record RelaySettings(int batchSize, Duration pollInterval, Duration sendTimeout, Duration retention,
                            int attemptsBeforeSetAside) {

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

    public static RelaySettings defaults() {
        return new RelaySettings(500, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofDays(7), 3);
    }
}
