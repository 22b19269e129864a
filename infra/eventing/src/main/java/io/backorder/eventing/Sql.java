package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The few JDBC moves read models make, on the caller's connection and so in its transaction (a consumer's, which
 * records the inbox too): a statement with its parameters bound in order, and a query read row by row. Projections
 * and report queries are plain SQL because an entity mapping would only hide their aggregates and upserts. Instants
 * are bound as timestamptz, String arrays as varchar[], Integer arrays as int4[].
 */
public final class Sql {

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /** @return the number of rows the statement changed */
    public static int update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("statement failed: " + firstLine(sql), e);
        }
    }

    /** Runs the statement once for each row of parameters, sent together as one JDBC batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                bind(connection, statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new EventingException("batch of " + rows.size() + " failed: " + firstLine(sql), e);
        }
    }

    public static <T> List<T> query(Connection connection, String sql, Row<T> row, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new EventingException("query failed: " + firstLine(sql), e);
        }
    }

    /** The first row, or null when there is none. */
    public static <T> T one(Connection connection, String sql, Row<T> row, Object... parameters) {
        List<T> rows = query(connection, sql, row, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(connection, statement, parameters);
        return statement;
    }

    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                value = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            } else if (value instanceof String[] texts) {
                value = connection.createArrayOf("varchar", texts);
            } else if (value instanceof Integer[] numbers) {
                value = connection.createArrayOf("int4", numbers);
            }
            statement.setObject(i + 1, value);
        }
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
