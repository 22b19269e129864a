package io.backorder.reporting.readmodel;

import io.backorder.eventing.ColumnArrays;
import io.backorder.eventing.EventingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A statement that writes any number of rows, each column bound as one array ({@link ColumnArrays},
 * {@code unnest(?::type[], …)}), one round trip per run of {@link ColumnArrays#MAX_ROWS} (a rebuild's
 * batch of 10,000 records): a batch's projection is a few of these, not some statements per event.
 * Instants and dates go as their ISO text, which the SQL casts.
 *
 * @param types the PostgreSQL element type of each column, in parameter order
 */
record ArrayStatement(String sql, String... types) {

    void run(Connection connection, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object[]> bound = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] columns = row.clone();
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] instanceof Instant || columns[i] instanceof LocalDate) {
                    columns[i] = columns[i].toString();
                }
            }
            bound.add(columns);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object[]> run : ColumnArrays.runs(bound)) {
                ColumnArrays.bind(connection, statement, types, run);
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new EventingException("statement failed for " + rows.size() + " rows: " + sql.strip().lines()
                    .findFirst().orElse(""), e);
        }
    }
}
