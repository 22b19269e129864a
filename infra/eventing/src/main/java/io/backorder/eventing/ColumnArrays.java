package io.backorder.eventing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Binds many rows to one statement as one array per column, for {@code insert … select … from
 * unnest(?::type[], …)}: a single round trip and a single statement for any number of rows,
 * without the driver's batch rewriting (which hides each row's outcome).
 */
public final class ColumnArrays {

    /**
     * Rows per statement at most. The driver builds each array as one text literal in memory: a fill of 100,000
     * lines would otherwise hold several such literals of tens of megabytes at once, for no fewer round trips worth
     * having.
     */
    public static final int MAX_ROWS = 1000;

    private ColumnArrays() {
    }

    /** {@code rows} in consecutive runs of at most {@link #MAX_ROWS}, in order: a statement each. */
    public static <T> List<List<T>> runs(List<T> rows) {
        List<List<T>> runs = new ArrayList<>((rows.size() + MAX_ROWS - 1) / MAX_ROWS);
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            runs.add(rows.subList(from, Math.min(rows.size(), from + MAX_ROWS)));
        }
        return runs;
    }

    /**
     * @param types the PostgreSQL element type of each column, in parameter order
     * @param rows  one value per column each
     */
    public static void bind(Connection connection, PreparedStatement statement, String[] types, List<Object[]> rows)
            throws SQLException {
        bind(connection, statement, 1, types, rows);
    }

    /**
     * {@link #bind(Connection, PreparedStatement, String[], List)} from parameter {@code first} on, for a statement
     * that writes the rows of several tables; answers the parameter after the last one bound.
     */
    public static int bind(Connection connection, PreparedStatement statement, int first, String[] types,
                           List<Object[]> rows) throws SQLException {
        for (int column = 0; column < types.length; column++) {
            statement.setArray(first + column, array(connection, types[column], rows, column));
        }
        return first + types.length;
    }

    /**
     * One column of the rows as an SQL array. Text and integer columns go as the {@code String[]}, {@code Integer[]}
     * and {@code Long[]} that the driver sends in PostgreSQL's binary array format; given as {@code Object[]}, it
     * builds a text literal instead, escaping it character by character (a third of a large fill's CPU went there,
     * measured with JFR, most of it in the events' JSON). Other types keep their text form.
     */
    private static Array array(Connection connection, String type, List<Object[]> rows, int column) throws SQLException {
        Object[] values = switch (type) {
            case "varchar", "text" -> column(rows, column, new String[rows.size()], Object::toString);
            case "int4" -> column(rows, column, new Integer[rows.size()], value -> ((Number) value).intValue());
            case "int8", "bigint" -> column(rows, column, new Long[rows.size()], value -> ((Number) value).longValue());
            default -> column(rows, column, new Object[rows.size()], value -> value);
        };
        return connection.createArrayOf(type, values);
    }

    private static <T> T[] column(List<Object[]> rows, int column, T[] values, Function<Object, T> convert) {
        for (int row = 0; row < values.length; row++) {
            Object value = rows.get(row)[column];
            values[row] = value == null ? null : convert.apply(value);
        }
        return values;
    }
}
