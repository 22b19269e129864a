package io.backorder.bench.observe;

import io.backorder.contracts.EventEnvelope;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counts the tapped events of one type that match a test (the receipts of this run, the fills of one fill id), with
 * the times of the first and last one, and lets a scenario wait for a number of them.
 */
public final class EventCounter implements EventTap.Listener {

    private final String type;
    private final Predicate<EventEnvelope> matches;
    private long count;
    private long firstNanos;
    private long lastNanos;

    public EventCounter(String type, Predicate<EventEnvelope> matches) {
        this.type = type;
        this.matches = matches;
    }

    @Override
    public Set<String> types() {
        return Set.of(type);
    }

    @Override
    public synchronized void on(EventEnvelope event, long seenNanos) {
        if (!matches.test(event)) {
            return;
        }
        if (count == 0) {
            firstNanos = seenNanos;
        }
        count++;
        lastNanos = seenNanos;
        notifyAll();
    }

    /** Waits until {@code wanted} events were counted or {@code timeout} passed; answers whether they were. */
    public synchronized boolean await(long wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count < wanted) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public synchronized long count() {
        return count;
    }

    /** {@link System#nanoTime()} of the first matching event; meaningless while {@link #count()} is 0. */
    public synchronized long firstNanos() {
        return firstNanos;
    }

    public synchronized long lastNanos() {
        return lastNanos;
    }
}
