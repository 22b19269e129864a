package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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
        for (int column = 0; column < types.length; column++) {
            Object[] values = new Object[rows.size()];
            for (int row = 0; row < values.length; row++) {
                values[row] = rows.get(row)[column];
            }
            statement.setArray(column + 1, connection.createArrayOf(types[column], values));
        }
    }
}
