package io.backorder.eventing.quarkus;

import io.backorder.contracts.EventData;
import io.backorder.eventing.AggregateCache;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventSourced;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.StoredEvent;
import io.backorder.eventing.StreamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What one transaction loaded and decided, so that a batch of commands costs a few round trips
 * instead of several per command.
 *
 * <p>Loads come from the {@link AggregateCache}, caught up with the events appended since, so a
 * command costs the same however long the stream's history; within a transaction every load of a
 * stream answers the same instance, so a command that touches an aggregate twice sees its own
 * decisions. Appends are numbered at once and written together by {@link #flush}, which
 * {@link Transactions} runs before every commit: the version check then refuses a stale writer
 * for the whole transaction, which runs again. After a commit the aggregates go back to the
 * cache; after a rollback they are dropped, since they may hold decisions that never happened.
 *
 * <p>A read model written in the same transaction can gather its rows here too ({@link #pending}): a batch
 * of a thousand commands on one item then writes the item's row once, not a thousand times, each a new
 * version of the row that PostgreSQL has to step over until the transaction ends.
 */
@ApplicationScoped
public class UnitOfWork {

    private final EventStore eventStore;
    private final AggregateCache cache;
    private final TransactionSynchronizationRegistry transaction;

    UnitOfWork(EventStore eventStore, AggregateCache cache, TransactionSynchronizationRegistry transaction) {
        this.eventStore = eventStore;
        this.cache = cache;
        this.transaction = transaction;
    }

    /**
     * The aggregate of a stream as of its last event, including this transaction's own.
     *
     * @param empty the aggregate before its first event; its class must be the one of every aggregate
     *              of the stream's type
     */
    @SuppressWarnings("unchecked")
    public <A extends EventSourced> A load(Connection connection, StreamId stream, Supplier<A> empty) {
        Work work = current();
        EventSourced aggregate = work.lent.get(stream);
        if (aggregate == null) {
            if (work.hasPending(stream)) {
                flush(connection);
            }
            EventSourced cached = cache.take(stream);
            aggregate = catchUp(connection, stream, cached != null ? cached : empty.get());
            work.lent.put(stream, aggregate);
        }
        return (A) aggregate;
    }

    /**
     * {@link #load} for many streams of one type, caught up in one query instead of one per stream (a fill over a
     * thousand items).
     *
     * @param empty the aggregate of an id before its first event
     * @return the aggregates by id, in the order of {@code ids}
     */
    @SuppressWarnings("unchecked")
    public <A extends EventSourced> Map<String, A> loadAll(Connection connection, String aggregateType,
                                                           Collection<String> ids, Function<String, A> empty) {
        Work work = current();
        Map<String, A> loaded = new LinkedHashMap<>();
        Map<String, Long> toCatchUp = new LinkedHashMap<>();
        boolean flushed = false;
        for (String id : ids) {
            StreamId stream = StreamId.of(aggregateType, id);
            EventSourced aggregate = work.lent.get(stream);
            if (aggregate == null) {
                if (!flushed && work.hasPending(stream)) {
                    flush(connection);
                    flushed = true;
                }
                EventSourced cached = cache.take(stream);
                aggregate = cached != null ? cached : empty.apply(id);
                work.lent.put(stream, aggregate);
                toCatchUp.put(id, aggregate.version());
            }
            loaded.put(id, (A) aggregate);
        }
        eventStore.load(connection, aggregateType, toCatchUp).forEach((id, events) ->
                events.forEach(event -> loaded.get(id).apply(event.payload())));
        return loaded;
    }

    /**
     * Appends events decided on an aggregate loaded at {@code expectedVersion}; written at the
     * latest before the transaction commits, in one batch with the transaction's other appends.
     *
     * @return the events as they will be stored, for the projections
     */
    public List<StoredEvent> append(StreamId stream, long expectedVersion, List<? extends EventData> events,
                                    EventMetadata metadata, String topic) {
        if (events.isEmpty()) {
            return List.of();
        }
        EventStore.Append append = eventStore.prepare(stream, expectedVersion, events, metadata, topic);
        current().add(append);
        return append.events();
    }

    /**
     * The transaction's gathered writes of one kind, started with {@code start} on first use; written by
     * {@link #flush}, so a read of what they change must flush first.
     */
    public <W extends PendingWrites> W pending(Class<W> kind, Supplier<W> start) {
        return kind.cast(current().writes.computeIfAbsent(kind, ignored -> start.get()));
    }

    /**
     * Writes what was appended so far, then the gathered writes ({@link #pending}); a stale writer is refused
     * here with a conflict.
     */
    public void flush(Connection connection) {
        Work work = (Work) transaction.getResource(UnitOfWork.class);
        if (work == null) {
            return;
        }
        if (!work.pending.isEmpty()) {
            eventStore.write(connection, work.drain());
        }
        work.writeGathered(connection);
    }

    private <A extends EventSourced> A catchUp(Connection connection, StreamId stream, A aggregate) {
        for (StoredEvent event : eventStore.load(connection, stream, aggregate.version())) {
            aggregate.apply(event.payload());
        }
        return aggregate;
    }

    private Work current() {
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("aggregates are loaded and changed within a transaction (Transactions)");
        }
        Work work = (Work) transaction.getResource(UnitOfWork.class);
        if (work == null) {
            work = new Work(cache);
            transaction.putResource(UnitOfWork.class, work);
            transaction.registerInterposedSynchronization(work);
        }
        return work;
    }

    /** One transaction's aggregates and unwritten appends. */
    private static final class Work implements Synchronization {
        private final AggregateCache cache;
        private final Map<StreamId, EventSourced> lent = new HashMap<>();
        private final List<EventStore.Append> pending = new ArrayList<>();
        private final Set<StreamId> pendingStreams = new HashSet<>();
        private final Map<Class<? extends PendingWrites>, PendingWrites> writes = new LinkedHashMap<>();

        Work(AggregateCache cache) {
            this.cache = cache;
        }

        boolean hasPending(StreamId stream) {
            return pendingStreams.contains(stream);
        }

        void add(EventStore.Append append) {
            pending.add(append);
            pendingStreams.add(append.stream());
        }

        List<EventStore.Append> drain() {
            List<EventStore.Append> appends = List.copyOf(pending);
            pending.clear();
            pendingStreams.clear();
            return appends;
        }

        void writeGathered(Connection connection) {
            while (!writes.isEmpty()) {
                // Removed first: a write that fails leaves a transaction that rolls back anyway.
                Class<? extends PendingWrites> kind = writes.keySet().iterator().next();
                writes.remove(kind).write(connection);
            }
        }

        @Override
        public void beforeCompletion() {
            if (!pending.isEmpty() || !writes.isEmpty()) {
                // Committing now would lose decided events or their views; refusing rolls the whole transaction back.
                throw new EventingException(pending.size() + " appends and " + writes.size() + " kinds of gathered"
                        + " writes were never written: a transaction that appends must end through Transactions,"
                        + " which flushes them");
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                lent.forEach(cache::keep);
            }
        }
    }
}
