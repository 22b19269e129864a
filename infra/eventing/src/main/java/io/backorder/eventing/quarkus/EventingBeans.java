package io.backorder.eventing.quarkus;

import io.backorder.eventing.AggregateCache;
import io.backorder.eventing.Backoff;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.ConsumerHealth;
import io.backorder.eventing.DeadLetterStore;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.Outbox;
import io.backorder.eventing.OutboxBacklog;
import io.backorder.eventing.RecordTracing;
import io.backorder.eventing.RelaySettings;
import io.backorder.eventing.RelayStats;
import io.backorder.eventing.SetAsideRows;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /**
     * With the SDK "disabled", Quarkus still gives a tracer of a minimal SDK that samples and records every span and
     * exports none: a span per consumed record was 2 to 5 % of the services' CPU samples in the bench's paced run
     * (async-profiler, 2026-11-30), for nothing. So no spans at all then.
     */
    @Produces
    @Singleton
    RecordTracing recordTracing(@ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean off,
                                Tracer tracer) {
        return off ? RecordTracing.NONE : new OpenTelemetryRecordTracing(tracer);
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
