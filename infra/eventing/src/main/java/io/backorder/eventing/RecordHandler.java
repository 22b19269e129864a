package io.backorder.eventing;

import java.sql.Connection;
import java.util.List;

/** Handles one consumed record inside the consumer's transaction. */
@FunctionalInterface
public interface RecordHandler {

    /**
     * @throws PoisonMessageException when the record can never succeed (unreadable, invalid, or
     *                                refused by the aggregate); whatever the handler wrote before
     *                                is rolled back. Any other exception means "not now": the
     *                                record is tried again later, never skipped.
     */
    void handle(Connection connection, IncomingRecord record);

    /**
     * Called in the transaction once before the records of a run are handled, with those the inbox
     * saw for the first time, in order: a handler may load in one query what they will need,
     * instead of one query per record. It must change nothing and must not fail on a record it
     * cannot read: {@link #handle} is where a record is judged.
     */
    default void prepare(Connection connection, List<IncomingRecord> records) {
    }

    /**
     * Called in the transaction once the records of a run are handled, before it commits: a handler
     * that gathered what they change writes it here, in a few statements instead of some per record.
     * A failure here is the run's, not a record's (it is tried again in smaller runs), so a record
     * that can never succeed must be refused in {@link #handle}.
     */
    default void finish(Connection connection) {
    }
}
