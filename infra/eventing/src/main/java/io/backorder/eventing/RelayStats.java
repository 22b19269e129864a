package io.backorder.eventing;

import java.util.concurrent.atomic.AtomicLong;

/** What the outbox relay did since the service started, for metrics. */
public final class RelayStats {

    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedSends = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();

    void countPublished(int rows) {
        published.addAndGet(rows);
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
