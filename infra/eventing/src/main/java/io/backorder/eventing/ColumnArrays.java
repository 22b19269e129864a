package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Binds many rows to one statement as one array per column, for {@code insert … select … from
 * unnest(?::type[], …)}: a single round trip and a single statement for any number of rows,
 * without the driver's batch rewriting (which hides each row's outcome).
 */
public final class ColumnArrays {

    private ColumnArrays() {
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
