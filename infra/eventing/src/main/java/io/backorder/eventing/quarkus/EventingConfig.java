package io.backorder.eventing.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the write path, under {@code backorder.eventing}. */
@ConfigMapping(prefix = "backorder.eventing")
public interface EventingConfig {

    Relay relay();

    /** How often a command that lost a race is run again before it fails. */
    @WithDefault("30")
    int conflictAttempts();

    /** How many aggregates are kept in memory between commands; the least recently used are replayed when needed. */
    @WithDefault("20000")
    long aggregateCacheSize();

    interface Relay {
        /** Off in tests that drive a relay by hand. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("500")
        int batchSize();

        @WithDefault("100ms")
        Duration pollInterval();

        @WithDefault("30s")
        Duration sendTimeout();

        /** How long published records stay in the outbox, for inspection, before they are purged. */
        @WithDefault("7d")
        Duration retention();
    }
}
