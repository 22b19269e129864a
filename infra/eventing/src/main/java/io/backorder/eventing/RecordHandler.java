package io.backorder.eventing;

import java.sql.Connection;

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
}
