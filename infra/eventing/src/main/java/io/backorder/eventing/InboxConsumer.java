package io.backorder.eventing;

import io.backorder.contracts.EventHeaders;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes a polled batch through the inbox, in one transaction: it records every event id, skips
 * those already processed and hands the others to the handler in order.
 *
 * <p>Only a record that can never succeed is dead-lettered: the handler says so by throwing
 * {@link PoisonMessageException}. Such a record must leave no write behind, whatever the handler
 * wrote before it found out (over JDBC or through Hibernate, which writes only at commit). So the
 * whole transaction is rolled back and the batch runs again, this time with that record
 * dead-lettered (a {@code dead_letter} row, a {@code <topic>.dlq} outbox record and its inbox row)
 * instead of handled. Each further poison record costs one more run, so a batch of n runs at most
 * n + 1 times; there is no savepoint to keep in step with Hibernate's session.
 *
 * <p>Every other failure is taken to be passing (a conflict that outlived its retries, a database
 * or gateway that did not answer, a statement or transaction timeout, a bug about to be fixed):
 * it is tried again after a backoff, doubling up to a cap, for as long as it takes. The record is
 * never skipped and never dead-lettered. The records before it in the batch, which went well, are
 * committed first, so the wait is on the failing record alone; when no record is to blame (the
 * commit failed, or the batch outlived the transaction timeout) the next try takes half as many.
 * Records are always committed in their order. Meanwhile the caller does not return, so its
 * partitions wait (the Kafka connector keeps polling, paused, and the consumer stays in its group),
 * and the stall is shown in {@link ConsumerHealth} and logged with the record's coordinates at
 * each backoff step.
 */
public final class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    /** The logging context's key for the flow a consumed event belongs to. */
    public static final String CORRELATION_ID = "correlationId";
    /** From this failed attempt on, a stall is logged as an error: it is no longer a hiccup. */
    private static final int ERROR_FROM_ATTEMPT = 5;

    private final String consumer;
    private final RecordHandler handler;
    private final Inbox inbox;
    private final DeadLetterStore deadLetters;
    private final TransactionRunner transactions;
    private final Backoff backoff;
    private final ConsumerHealth health;
    /** Counted down once, when the service stops (see {@link #stop()}). */
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile RecordTracing tracing = RecordTracing.NONE;
    private volatile RecordDelays delays = RecordDelays.NONE;

    /** Runs work in a new transaction with its own connection, retrying lost races. */
    @FunctionalInterface
    public interface TransactionRunner {
        <T> T inTransaction(Function<Connection, T> work);
    }

    /**
     * @param handler what this consumer does with a record, also when an operator retries a dead
     *                letter; may be null when every batch brings its own
     */
    public InboxConsumer(String consumer, RecordHandler handler, Inbox inbox, DeadLetterStore deadLetters,
                         TransactionRunner transactions, Backoff backoff, ConsumerHealth health) {
        this.consumer = consumer;
        this.handler = handler;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.backoff = backoff;
        this.health = health;
        health.register(consumer);
    }

    /** A consumer whose batches bring their own handler, with the default backoff and a health of its own. */
    public InboxConsumer(String consumer, Inbox inbox, Outbox outbox, TransactionRunner transactions) {
        this(consumer, null, inbox, new DeadLetterStore(outbox), transactions, Backoff.defaults(), new ConsumerHealth());
    }

    /** Each handled record in a span of its own, child of the trace it carries (see {@link TraceHeaders}). */
    public InboxConsumer tracedBy(RecordTracing recordTracing) {
        this.tracing = recordTracing;
        return this;
    }

    /** Each record's wait, from its timestamp on the topic to the commit of the batch that handled it. */
    public InboxConsumer measuredBy(RecordDelays recordDelays) {
        this.delays = recordDelays;
        return this;
    }

    public String name() {
        return consumer;
    }

    /**
     * The service is stopping: a batch that fails from now on (its database, its container going away under it)
     * is left unacknowledged at once, to come again to whichever instance reads its partition next, and a wait
     * before a retry ends now. Without this, a graceful stop waited out the retries of a batch that could no longer
     * succeed in this process, until the process was killed (found by issue 8's rebalance run).
     */
    public void stop() {
        stopping.countDown();
    }

    /** A poll as the Kafka client hands it over, for this consumer's own handler. */
    public void consume(ConsumerRecords<String, String> polled) {
        consume(polled, requireHandler());
    }

    /** A poll as the Kafka client hands it over. */
    public void consume(ConsumerRecords<String, String> polled, RecordHandler batchHandler) {
        List<IncomingRecord> records = new ArrayList<>(polled.count());
        for (ConsumerRecord<String, String> record : polled) {
            records.add(IncomingRecord.of(record));
        }
        consume(records, batchHandler);
        long committedAt = System.currentTimeMillis();
        for (ConsumerRecord<String, String> record : polled) {
            if (record.timestampType() != TimestampType.NO_TIMESTAMP_TYPE) {
                delays.committed(consumer, Math.max(0, committedAt - record.timestamp()));
            }
        }
    }

    /**
     * Returns once every record is handled or dead-lettered and that is committed; until then it
     * retries, however long that takes.
     *
     * @throws EventingException only when the service is stopping ({@link #stop()}, or the thread is
     *                           interrupted): the batch is then left unacknowledged and comes again
     */
    public void consume(List<IncomingRecord> records, RecordHandler batchHandler) {
        Map<Integer, String> poison = new HashMap<>();
        Instant stalledSince = null;
        int failures = 0;
        int from = 0;
        int to = records.size();
        while (from < records.size()) {
            Run run = new Run(records, from, to);
            try {
                Tally tally = transactions.inTransaction(connection -> handleAll(connection, run, batchHandler, poison));
                health.handled(consumer, tally.handled());
                health.deadLettered(consumer, tally.deadLettered());
                from = to;
                to = records.size();
            } catch (PoisonFound found) {
                LOG.warnf("%s: %s refused as poison (%s); running %s again with it dead-lettered",
                        consumer, records.get(found.index()), found.reason(), run);
                poison.put(found.index(), found.reason());
            } catch (RuntimeException failure) {
                if (stopping.getCount() == 0) {
                    // Not waited out: what failed now may be this process going away; the batch comes again.
                    health.recovered(consumer);
                    throw new EventingException(consumer + ": stopping; " + run.at() + " failed and is left"
                            + " unacknowledged, to come again: " + failure, failure);
                }
                failures++;
                stalledSince = stalledSince == null ? health.now() : stalledSince;
                health.failing(consumer, run.at(), failures, stalledSince, failure);
                if (run.failedPastItsFirstRecord()) {
                    // The records before the failing one went well: commit them now, then wait on that one alone.
                    to = run.current();
                    LOG.warnf("%s: %s failed; committing the %d records before it first: %s", consumer, run.at(),
                            to - from, failure);
                    continue;
                }
                if (!run.failedAtARecord() && to - from > 1) {
                    // Not a record's fault that we can see (the inbox insert, the commit, a timeout): try less at once.
                    to = from + (to - from) / 2;
                }
                waitBeforeRetry(run.at(), failures, stalledSince, failure);
            }
        }
        if (stalledSince != null) {
            health.recovered(consumer);
            LOG.infof("%s: %d records handled after %d failed attempts since %s", consumer, records.size(), failures,
                    stalledSince);
        }
    }

    /**
     * Runs a dead letter's record through this consumer's handler again, in the caller's
     * transaction, bypassing the inbox (its event id is there: it was dead-lettered): as a run of
     * one, prepared, handled and finished, so that it takes the locks and writes the gathered rows a
     * run does.
     *
     * @throws PoisonMessageException when the record is still refused
     */
    public void handleAgain(Connection connection, IncomingRecord record) {
        RecordHandler handler = requireHandler();
        handler.prepare(connection, List.of(record));
        handler.handle(connection, record);
        handler.finish(connection);
    }

    /** What a committed run did: records handled, records dead-lettered. */
    private record Tally(int handled, int deadLettered) {
    }

    /** Handles the run's records in order; answers how many it handled and dead-lettered. */
    private Tally handleAll(Connection connection, Run run, RecordHandler batchHandler, Map<Integer, String> poison) {
        int handled = 0;
        int deadLettered = 0;
        Set<String> fresh = inbox.firstDeliveries(connection, consumer, run.records().stream().map(IncomingRecord::eventId).toList());
        batchHandler.prepare(connection, run.toHandle(fresh, poison));
        for (int index = run.from(); index < run.to(); index++) {
            IncomingRecord record = run.all().get(index);
            if (!fresh.remove(record.eventId())) {
                LOG.debugf("%s: %s already processed, skipped", consumer, record);
            } else if (poison.containsKey(index)) {
                deadLetters.add(connection, consumer, record, poison.get(index));
                deadLettered++;
            } else {
                run.handling(index);
                // Log lines written while handling carry the flow the event belongs to (%X{correlationId}).
                MDC.put(CORRELATION_ID, record.headers().getOrDefault(EventHeaders.CORRELATION_ID, record.eventId()));
                try (RecordTracing.Handling traced = tracing.handling(consumer, record)) {
                    batchHandler.handle(connection, record);
                    handled++;
                } catch (PoisonMessageException refused) {
                    // Leaves the transaction, which rolls back everything this run wrote so far.
                    throw new PoisonFound(index, refused.getMessage() == null ? refused.toString() : refused.getMessage());
                } finally {
                    MDC.remove(CORRELATION_ID);
                }
            }
        }
        run.committing();
        batchHandler.finish(connection);
        return new Tally(handled, deadLettered);
    }

    private void waitBeforeRetry(String at, int attempt, Instant since, RuntimeException failure) {
        Duration wait = backoff.after(attempt);
        String message = "%s: %s failed (attempt %d, failing since %s), next try in %d ms: %s";
        if (attempt == 1) {
            LOG.warnf(failure, message, consumer, at, attempt, since, wait.toMillis(), failure);
        } else if (attempt < ERROR_FROM_ATTEMPT) {
            LOG.warnf(message, consumer, at, attempt, since, wait.toMillis(), failure);
        } else {
            LOG.errorf(message, consumer, at, attempt, since, wait.toMillis(), failure);
        }
        try {
            if (stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                health.recovered(consumer);
                throw new EventingException(consumer + ": stopped while waiting to retry " + at, failure);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            health.recovered(consumer);
            throw new EventingException(consumer + ": stopped while waiting to retry " + at, failure);
        }
    }

    private RecordHandler requireHandler() {
        if (handler == null) {
            throw new IllegalStateException(consumer + " was made without a handler of its own");
        }
        return handler;
    }

    /** Record {@code index} of the batch can never succeed: roll back and run the batch without it. */
    private static final class PoisonFound extends RuntimeException {
        private final int index;
        private final String reason;

        PoisonFound(int index, String reason) {
            super("record " + index + " of the batch is poison: " + reason, null, false, false);
            this.index = index;
            this.reason = reason;
        }

        int index() {
            return index;
        }

        String reason() {
            return reason;
        }
    }

    /**
     * Records {@code from} (inclusive) to {@code to} (exclusive) of a batch, taken in one
     * transaction, and which of them is being handled, so that a failure names its record.
     */
    private static final class Run {
        private final List<IncomingRecord> all;
        private final int from;
        private final int to;
        private int current = -1;

        Run(List<IncomingRecord> all, int from, int to) {
            this.all = all;
            this.from = from;
            this.to = to;
        }

        List<IncomingRecord> all() {
            return all;
        }

        List<IncomingRecord> records() {
            return all.subList(from, to);
        }

        /** The records the handler will be given: seen for the first time, and not to be dead-lettered. */
        List<IncomingRecord> toHandle(Set<String> fresh, Map<Integer, String> poison) {
            List<IncomingRecord> handled = new ArrayList<>(to - from);
            for (int index = from; index < to; index++) {
                if (fresh.contains(all.get(index).eventId()) && !poison.containsKey(index)) {
                    handled.add(all.get(index));
                }
            }
            return handled;
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }

        int current() {
            return current;
        }

        void handling(int index) {
            current = index;
        }

        void committing() {
            current = -1;
        }

        boolean failedAtARecord() {
            return current >= 0;
        }

        boolean failedPastItsFirstRecord() {
            return current > from;
        }

        /** The record the run failed on, or the run itself when no record was being handled. */
        String at() {
            return current >= 0 ? all.get(current).toString() : toString();
        }

        @Override
        public String toString() {
            IncomingRecord first = all.get(from);
            return to - from == 1 ? first.toString()
                    : "the " + (to - from) + " records from " + first + " to " + all.get(to - 1);
        }
    }
}
