package io.backorder.eventing;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A handler that fails the way a busy system does, for the first few tries of one record, and then
 * copes: a deadlock that outlived its retries, a statement timeout, a gateway that did not answer.
 */
final class FailingFirst implements RecordHandler {

    /** What goes wrong, on the handler's own connection and transaction. */
    @FunctionalInterface
    interface Failure {
        void happen(Connection connection);
    }

    private final RecordHandler handler;
    private final Predicate<IncomingRecord> which;
    private final int failures;
    private final Failure failure;
    private final AtomicInteger attempts = new AtomicInteger();

    FailingFirst(RecordHandler handler, Predicate<IncomingRecord> which, int failures, Failure failure) {
        this.handler = handler;
        this.which = which;
        this.failures = failures;
        this.failure = failure;
    }

    @Override
    public void handle(Connection connection, IncomingRecord record) {
        if (which.test(record) && attempts.incrementAndGet() <= failures) {
            failure.happen(connection);
        }
        handler.handle(connection, record);
    }

    int attempts() {
        return attempts.get();
    }
}
