package io.backorder.eventing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

/**
 * Consumes a polled batch through the inbox: one transaction records every event id, skips those
 * already processed, hands the others to the handler in order and dead-letters poison records.
 *
 * <p>When a batch fails for another reason, the records are taken one transaction each, so that a
 * single bad record is dead-lettered instead of blocking its partition. A database that is down is
 * waited for, never skipped: no record is lost.
 */
public final class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);
    private static final Duration MAX_OUTAGE_BACKOFF = Duration.ofSeconds(5);

    private final String consumer;
    private final Inbox inbox;
    private final Outbox outbox;
    private final TransactionRunner transactions;

    /** Runs work in a new transaction with its own connection, retrying lost races. */
    @FunctionalInterface
    public interface TransactionRunner {
        <T> T inTransaction(Function<Connection, T> work);
    }

    public InboxConsumer(String consumer, Inbox inbox, Outbox outbox, TransactionRunner transactions) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** A poll as the Kafka client hands it over. */
    public void consume(ConsumerRecords<String, String> polled, RecordHandler handler) {
        List<IncomingRecord> records = new ArrayList<>(polled.count());
        for (ConsumerRecord<String, String> record : polled) {
            records.add(IncomingRecord.of(record));
        }
        consume(records, handler);
    }

    public void consume(List<IncomingRecord> records, RecordHandler handler) {
        if (records.isEmpty()) {
            return;
        }
        try {
            untilDatabaseAnswers(() -> transactions.inTransaction(connection -> handleAll(connection, records, handler)));
        } catch (RuntimeException batchFailure) {
            LOG.warnf("%s: a batch of %d failed (%s); taking its records one by one",
                    consumer, records.size(), batchFailure.toString());
            for (IncomingRecord record : records) {
                consumeAlone(record, handler);
            }
        }
    }

    private Void handleAll(Connection connection, List<IncomingRecord> records, RecordHandler handler) {
        Set<String> fresh = inbox.firstDeliveries(connection, consumer, records.stream().map(IncomingRecord::eventId).toList());
        for (IncomingRecord record : records) {
            if (fresh.remove(record.eventId())) {
                handleOne(connection, record, handler);
            } else {
                LOG.debugf("%s: %s already processed, skipped", consumer, record);
            }
        }
        return null;
    }

    private void handleOne(Connection connection, IncomingRecord record, RecordHandler handler) {
        try {
            handler.handle(connection, record);
        } catch (PoisonMessageException poison) {
            LOG.warnf("%s: %s sent to the dead-letter topic: %s", consumer, record, poison.getMessage());
            outbox.enqueue(connection, record.deadLetter(poison.getMessage()));
        }
    }

    private void consumeAlone(IncomingRecord record, RecordHandler handler) {
        try {
            untilDatabaseAnswers(() -> transactions.inTransaction(connection -> handleAll(connection, List.of(record), handler)));
        } catch (RuntimeException failure) {
            LOG.errorf(failure, "%s: %s cannot be handled; sent to the dead-letter topic", consumer, record);
            untilDatabaseAnswers(() -> transactions.inTransaction(connection -> {
                if (inbox.firstDelivery(connection, consumer, record.eventId())) {
                    outbox.enqueue(connection, record.deadLetter("handler failed: " + failure));
                }
                return null;
            }));
        }
    }

    private <T> T untilDatabaseAnswers(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isDatabaseOutage(e)) {
                    throw e;
                }
                long backoff = Math.min(MAX_OUTAGE_BACKOFF.toMillis(), 50L << Math.min(attempt, 10));
                LOG.warnf("%s: database unavailable (%s), retrying in %d ms", consumer, e, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Connection failures, exhausted pools and server shutdowns pass; everything else is about the record. */
    static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                // No state: the pool could not hand out a connection in time.
                String state = sql.getSQLState();
                if (state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
