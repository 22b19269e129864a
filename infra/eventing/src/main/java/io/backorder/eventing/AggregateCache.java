package io.backorder.eventing;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.ConcurrentMap;

/**
 * Aggregates kept in memory after the transaction that last changed them committed, so that a
 * command on a busy stream reads only the events appended since, not the whole history.
 *
 * <p>A cached aggregate is never trusted as current: whoever takes it catches it up from the event
 * store, and the append's version check refuses it if another writer got in between. An
 * aggregate is lent to one transaction at a time ({@link #take} removes it), because aggregates
 * are mutable; only a committed one is {@link #keep kept}, so the cache is never ahead of the
 * store. Bounded: the least recently used are dropped and replayed when needed again.
 */
public final class AggregateCache {

    private final ConcurrentMap<StreamId, EventSourced> committed;

    public AggregateCache(long maximumSize) {
        this.committed = Caffeine.newBuilder().maximumSize(maximumSize).<StreamId, EventSourced>build().asMap();
    }

    /** The cached aggregate of the stream, taken out of the cache; null when there is none. */
    public EventSourced take(StreamId stream) {
        return committed.remove(stream);
    }

    /** Keeps an aggregate whose events have committed; an older state never replaces a newer one. */
    public void keep(StreamId stream, EventSourced aggregate) {
        committed.merge(stream, aggregate, (cached, offered) -> offered.version() >= cached.version() ? offered : cached);
    }

    public int size() {
        return committed.size();
    }
}
