package io.backorder.eventing;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a command again, on fresh state, when it lost a race: an optimistic concurrency conflict
 * on a stream, or a serialization failure or deadlock reported by PostgreSQL. Each attempt must be
 * a whole transaction of its own. Backs off with jitter so that racing writers spread out.
 */
public final class ConflictRetry {

    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01");

    private final LongAdder lostRaces = new LongAdder();
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    public ConflictRetry(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    public static ConflictRetry defaults() {
        return new ConflictRetry(30, Duration.ofMillis(2), Duration.ofMillis(200));
    }

    public <T> T call(Callable<T> attempt) {
        for (int attemptNo = 1; ; attemptNo++) {
            try {
                return attempt.call();
            } catch (Exception e) {
                boolean lostRace = isLostRace(e);
                if (lostRace) {
                    lostRaces.increment();
                }
                if (attemptNo >= maxAttempts || !lostRace) {
                    throw e instanceof RuntimeException runtime ? runtime : new EventingException("command failed", e);
                }
                pause(attemptNo);
            }
        }
    }

    /** Attempts that lost a race so far, whether they ran again or gave up (a meter of contention). */
    public long lostRaces() {
        return lostRaces.sum();
    }

    /** True when the failure is a lost race that another attempt may win. */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyConflictException) {
                return true;
            }
            if (cause instanceof SQLException sql && RETRYABLE_SQL_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private void pause(int attemptNo) {
        long ceiling = Math.min(maxBackoff.toNanos(), firstBackoff.toNanos() << Math.min(attemptNo, 20));
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(Math.max(1, ceiling)));
    }
}
