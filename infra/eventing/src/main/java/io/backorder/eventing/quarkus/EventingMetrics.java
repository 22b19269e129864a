package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.ConsumerHealth;
import io.backorder.eventing.OutboxBacklog;
import io.backorder.eventing.RecordDelays;
import io.backorder.eventing.RelayStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The write path's meters, at /q/metrics. Per consumer: how long and how often it has been stuck on its current
 * record (0 when it is not), its retries and its dead letters, and how long its records waited from their producer
 * to their commit here (a histogram). For the relay: rows published and how long each waited (a histogram), failed
 * sends of a row, rows set aside, and the backlog (rows waiting, the oldest one's age). For the write path:
 * transactions that lost a race. Made at startup, so that a service without consumers still shows its relay's
 * meters.
 */
@Startup
@ApplicationScoped
public class EventingMetrics implements RecordDelays {

    private final MeterRegistry registry;
    private final ConsumerHealth health;
    private final Map<String, Timer> delays = new ConcurrentHashMap<>();

    EventingMetrics(MeterRegistry registry, ConsumerHealth health, RelayStats relay, AgroalDataSource dataSource,
                    OutboxBacklog backlog, Clock clock, ConflictRetry conflicts) {
        this.registry = registry;
        this.health = health;
        Gauge.builder("backorder.outbox.backlog",
                        () -> measure(dataSource, backlog).map(now -> (double) now.rows()).orElse(Double.NaN))
                .description("outbox rows the relay has still to publish (set-aside rows not counted)").register(registry);
        Gauge.builder("backorder.outbox.oldest.seconds",
                        () -> measure(dataSource, backlog).map(now -> now.oldestAge(clock.instant()).toMillis() / 1000.0)
                                .orElse(Double.NaN))
                .description("how long the oldest row waiting to be published has waited; 0 when none waits")
                .register(registry);
        FunctionCounter.builder("backorder.outbox.published", relay, RelayStats::published)
                .description("outbox rows the relay published").register(registry);
        Timer publishWait = Timer.builder("backorder.outbox.publish.delay")
                .description("from an outbox row's transaction's start to its deletion, the broker having"
                        + " acknowledged it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        relay.measureWaits(millis -> publishWait.record(millis, TimeUnit.MILLISECONDS));
        FunctionCounter.builder("backorder.outbox.failed.sends", relay, RelayStats::failedSends)
                .description("sends of an outbox row that failed for a reason of the row's own").register(registry);
        FunctionCounter.builder("backorder.outbox.set.aside", relay, RelayStats::setAside)
                .description("outbox rows set aside after their last attempt; see GET /api/outbox/set-aside")
                .register(registry);
        FunctionCounter.builder("backorder.write.conflicts", conflicts, ConflictRetry::lostRaces)
                .description("transactions that lost a race (a stale stream version, a serialization failure or a"
                        + " deadlock) and ran again, or gave up after their last attempt").register(registry);
    }

    @Override
    public void committed(String consumer, long millis) {
        Timer timer = delays.get(consumer);
        if (timer != null) {
            timer.record(millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Read at each scrape; a database that does not answer shows as no value (NaN), not as an empty backlog. */
    private static Optional<OutboxBacklog.Backlog> measure(AgroalDataSource dataSource, OutboxBacklog backlog) {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.of(backlog.measure(connection));
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void watch(String consumer) {
        Tags tags = Tags.of("consumer", consumer);
        // A histogram, not percentiles computed here: a scraper (the bench, Prometheus) takes the buckets' difference
        // over any window, such as a paced run alone.
        delays.put(consumer, Timer.builder("backorder.consumer.record.delay")
                .description("from a record's timestamp on its topic (when its producer sent it) to the commit of"
                        + " the batch that handled it")
                .tags(tags).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry));
        Gauge.builder("backorder.inbox.stalled.attempts", health,
                        h -> h.stall(consumer).map(stall -> stall.attempts()).orElse(0))
                .description("failed attempts at the record this consumer is stuck on; 0 when it is not stuck")
                .tags(tags).register(registry);
        Gauge.builder("backorder.inbox.stalled.seconds", health,
                        h -> h.stall(consumer).map(stall -> stall.age(h.now()).toMillis() / 1000.0).orElse(0.0))
                .description("how long this consumer has been stuck on its current record; 0 when it is not")
                .tags(tags).register(registry);
        FunctionCounter.builder("backorder.inbox.retries", health, h -> h.retries(consumer))
                .description("failed attempts at a batch, each followed by a backoff and a retry")
                .tags(tags).register(registry);
        FunctionCounter.builder("backorder.inbox.handled", health, h -> h.handled(consumer))
                .description("records handled (first deliveries, committed)").tags(tags).register(registry);
        FunctionCounter.builder("backorder.inbox.dead.letters", health, h -> h.deadLetters(consumer))
                .description("records refused as poison and dead-lettered").tags(tags).register(registry);
    }
}
