package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What reading a service's database for the audit has in common: one snapshot, and the write path's health. */
final class StoreReading {

    /** Work on a connection that may throw. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private StoreReading() {
    }

    /**
     * Runs {@code work} in one read-only repeatable-read transaction: every statement sees the same committed state,
     * although the services may still be writing (the audit waits for quiet first, but must not be fooled by a late
     * write in the middle of its reading). The connection is the audit's own and is closed afterwards.
     */
    static <T> T inOneSnapshot(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        try {
            return work.run();
        } finally {
            connection.rollback();
        }
    }

    static StoreHealth health(String service, Statement statement) throws SQLException {
        long events;
        try (ResultSet rs = statement.executeQuery("select count(*) from event_store")) {
            rs.next();
            events = rs.getLong(1);
        }
        List<String> duplicates = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select aggregate_type, aggregate_id, aggregate_version, count(*) from event_store
                 group by 1, 2, 3 having count(*) > 1""")) {
            while (rs.next()) {
                duplicates.add(rs.getString(1) + " " + rs.getString(2) + " v" + rs.getLong(3) + " ×" + rs.getLong(4));
            }
        }
        try (ResultSet rs = statement.executeQuery("""
                select count(*) filter (where published_at is null and failed_at is null),
                       count(*) filter (where failed_at is not null)
                  from outbox""")) {
            rs.next();
            return new StoreHealth(service, events, duplicates, rs.getLong(1), rs.getLong(2));
        }
    }
}
