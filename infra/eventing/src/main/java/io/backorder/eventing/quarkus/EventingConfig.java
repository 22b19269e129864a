package io.backorder.eventing.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the write path, under {@code backorder.eventing}. */
@ConfigMapping(prefix = "backorder.eventing")
public interface EventingConfig {

    Relay relay();

    Inbox inbox();

    Retention retention();

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

        /**
         * How long records an older version marked published stay in the outbox before they are purged (the relay
         * now deletes a record once the broker acknowledged it).
         */
        @WithDefault("7d")
        Duration retention();

        /** Rounds a row that fails for a reason of its own is tried before it is set aside. */
        @WithDefault("3")
        int attemptsBeforeSetAside();

        /** How long a row may wait to be published before the service reports itself not ready. */
        @WithDefault("2m")
        Duration unhealthyAfter();
    }

    interface Inbox {
        /**
         * How long an event's id stays in processed_event. A redelivery older than this (a
         * consumer group reset further back) relies on the aggregates' own idempotence.
         */
        @WithDefault("30d")
        Duration retention();

        /** The wait after a batch's first passing failure; it doubles with each further one. */
        @WithDefault("100ms")
        Duration firstBackoff();

        /** The longest wait between two tries of a batch that keeps failing. */
        @WithDefault("30s")
        Duration maxBackoff();

        /** A consumer stalled longer than this makes the service not ready. */
        @WithDefault("2m")
        Duration unhealthyAfter();
    }

    interface Retention {
        /** Off in tests that purge by hand. */
        @WithDefault("true")
        boolean enabled();

        /** How often old inbox and outbox rows are purged. */
        @WithDefault("10m")
        Duration interval();

        /** Rows deleted per transaction. */
        @WithDefault("5000")
        int batchSize();
    }
}
