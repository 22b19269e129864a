package io.backorder.eventing;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/** What the outbox relay did since the service started, for metrics. */
public final class RelayStats {

    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();
    private volatile LongConsumer waits = millis -> {
    };

    /** Rows published: written at those times, deleted (the broker having acknowledged them) at {@code deletedAt}. */
    void published(long[] createdAtMillis, long deletedAt) {
        published.addAndGet(createdAtMillis.length);
        LongConsumer wait = waits;
        for (long createdAt : createdAtMillis) {
            wait.accept(Math.max(0, deletedAt - createdAt));
        }
    }

    /** Each published row's wait, in milliseconds, from its transaction's start to its deletion once published. */
    public void measureWaits(LongConsumer millis) {
        this.waits = millis;
    }

    void countFailedSend() {
        failedSends.incrementAndGet();
    }

    void countSetAside() {
        setAside.incrementAndGet();
    }

    public long published() {
        return published.get();
    }

    /** Sends of a row that failed for a reason of its own, each counted towards setting the row aside. */
    public long failedSends() {
        return failedSends.get();
    }

    public long setAside() {
        return setAside.get();
    }
}
