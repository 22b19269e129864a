package io.backorder.eventing.quarkus;

import io.backorder.eventing.AggregateCache;
import io.backorder.eventing.Backoff;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.ConsumerHealth;
import io.backorder.eventing.DeadLetterStore;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.RelaySettings;
import io.backorder.eventing.RelayStats;
import io.backorder.eventing.OutboxBacklog;
import io.backorder.eventing.SetAsideRows;
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
    Outbox outbox(RelayWakeUp wakeUp) {
        return new Outbox(wakeUp);
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
    DeadLetterStore deadLetterStore(Outbox outbox) {
        return new DeadLetterStore(outbox);
    }

    @Produces
    @Singleton
    SetAsideRows setAsideRows() {
        return new SetAsideRows();
    }

    @Produces
    @Singleton
    OutboxBacklog outboxBacklog() {
        return new OutboxBacklog();
    }

    @Produces
    @Singleton
    ConsumerHealth consumerHealth(Clock clock) {
        return new ConsumerHealth(clock);
    }

    @Produces
    @Singleton
    RelayStats relayStats() {
        return new RelayStats();
    }

    @Produces
    @Singleton
    Backoff inboxBackoff(EventingConfig config) {
        return new Backoff(config.inbox().firstBackoff(), config.inbox().maxBackoff());
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
        return new RelaySettings(relay.batchSize(), relay.pollInterval(), relay.sendTimeout(), relay.retention(),
                relay.attemptsBeforeSetAside());
    }
}
