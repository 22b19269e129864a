package io.backorder.eventing;

import java.time.Duration;

/** How the outbox relay paces itself. */
public record RelaySettings(int batchSize, Duration pollInterval, Duration sendTimeout, Duration retention) {

    public RelaySettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
    }

    public static RelaySettings defaults() {
        return new RelaySettings(500, Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofDays(7));
    }
}
