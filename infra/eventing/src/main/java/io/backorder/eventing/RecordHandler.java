package io.backorder.eventing;

import java.sql.Connection;

/** Handles one consumed record inside the consumer's transaction. */
@FunctionalInterface
public interface RecordHandler {

    /**
     * @throws PoisonMessageException when the record is unreadable or invalid (before any write)
     */
    void handle(Connection connection, IncomingRecord record);
}
