package io.backorder.faults.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What reading a service's database for the audit has in common: one snapshot, and the write path's health. */
final class StoreReading {

    /** Work on a connection that may throw. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Reads one row of a result set into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private StoreReading() {
    }

    /** Every row {@code query} answers, read by {@code row}. */
    static <T> List<T> rows(Statement statement, String query, Row<T> row) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    /** Every row {@code query} answers, as a key and a value. */
    static <K, V> Map<K, V> map(Statement statement, String query, Row<K> key, Row<V> value) throws SQLException {
        Map<K, V> map = new HashMap<>();
        try (ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                map.put(key.read(rs), value.read(rs));
            }
        }
        return map;
    }

    /** Every row {@code query} answers, read by {@code row}, by the key {@code key} gives it. */
    static <K, T> Map<K, T> byKey(Statement statement, String query, Row<T> row, Function<T, K> key)
            throws SQLException {
        Map<K, T> byKey = new HashMap<>();
        for (T value : rows(statement, query, row)) {
            byKey.put(key.apply(value), value);
        }
        return byKey;
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
        List<String> duplicates = rows(statement, """
                select aggregate_type, aggregate_id, aggregate_version, count(*) from event_store
                 group by 1, 2, 3 having count(*) > 1""",
                rs -> rs.getString(1) + " " + rs.getString(2) + " v" + rs.getLong(3) + " ×" + rs.getLong(4));
        try (ResultSet rs = statement.executeQuery("""
                select count(*) filter (where published_at is null and failed_at is null),
                       count(*) filter (where failed_at is not null)
                  from outbox""")) {
            rs.next();
            return new StoreHealth(service, events, duplicates, rs.getLong(1), rs.getLong(2));
        }
    }
}
