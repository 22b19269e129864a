package io.backorder.eventing.quarkus;

import io.backorder.eventing.AggregateCache;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.RelaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Makes the plain-Java write path available as beans. */
@ApplicationScoped
public class EventingBeans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Outbox outbox() {
        return new Outbox();
    }

    @Produces
    @Singleton
    EventStore eventStore(Clock clock, Outbox outbox) {
        return new EventStore(clock, outbox);
    }

    @Produces
    @Singleton
    AggregateCache aggregateCache(EventingConfig config) {
        return new AggregateCache(config.aggregateCacheSize());
    }

    @Produces
    @Singleton
    Inbox inbox() {
        return new Inbox();
    }

    @Produces
    @Singleton
    ConflictRetry conflictRetry(EventingConfig config) {
        return new ConflictRetry(config.conflictAttempts(), Duration.ofMillis(2), Duration.ofMillis(200));
    }

    @Produces
    @Singleton
    RelaySettings relaySettings(EventingConfig config) {
        EventingConfig.Relay relay = config.relay();
        return new RelaySettings(relay.batchSize(), relay.pollInterval(), relay.sendTimeout(), relay.retention());
    }
}
