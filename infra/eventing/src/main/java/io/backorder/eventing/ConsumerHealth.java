package io.backorder.eventing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the inbox consumers of a service are going through, for health checks, metrics and
 * operators: a consumer whose record keeps failing is stalled there (it waits and tries again, it
 * never skips), and each consumer counts its retries and dead letters.
 */
public final class ConsumerHealth {

    /** A consumer held up by a record that keeps failing for a passing reason. */
    public record Stall(String consumer, String record, int attempts, Instant since, String lastError) {

        public Duration age(Instant now) {
            return Duration.between(since, now);
        }
    }

    private final Clock clock;
    private final Set<String> consumers = ConcurrentHashMap.newKeySet();
    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> retries = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> handled = new ConcurrentHashMap<>();

    public ConsumerHealth(Clock clock) {
        this.clock = clock;
    }

    public ConsumerHealth() {
        this(Clock.systemUTC());
    }

    void register(String consumer) {
        consumers.add(consumer);
    }

    void failing(String consumer, String record, int attempts, Instant since, Throwable error) {
        register(consumer);
        retries.computeIfAbsent(consumer, c -> new AtomicLong()).incrementAndGet();
        stalls.put(consumer, new Stall(consumer, record, attempts, since, String.valueOf(error)));
    }

    void recovered(String consumer) {
        stalls.remove(consumer);
    }

    void handled(String consumer, int records) {
        if (records > 0) {
            handled.computeIfAbsent(consumer, c -> new AtomicLong()).addAndGet(records);
        }
    }

    void deadLettered(String consumer, int records) {
        if (records > 0) {
            deadLetters.computeIfAbsent(consumer, c -> new AtomicLong()).addAndGet(records);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every consumer this service runs, stalled or not, in name order. */
    public Collection<String> consumers() {
        return List.copyOf(new TreeSet<>(consumers));
    }

    public Optional<Stall> stall(String consumer) {
        return Optional.ofNullable(stalls.get(consumer));
    }

    public Collection<Stall> stalls() {
        return List.copyOf(stalls.values());
    }

    /** Failed attempts since the consumer started, over all records. */
    public long retries(String consumer) {
        AtomicLong count = retries.get(consumer);
        return count == null ? 0 : count.get();
    }

    /** Records this consumer handled (first deliveries, committed) since it started. */
    public long handled(String consumer) {
        AtomicLong count = handled.get(consumer);
        return count == null ? 0 : count.get();
    }

    /** Records this consumer dead-lettered since it started. */
    public long deadLetters(String consumer) {
        AtomicLong count = deadLetters.get(consumer);
        return count == null ? 0 : count.get();
    }
}
