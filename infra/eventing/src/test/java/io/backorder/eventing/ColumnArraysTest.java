package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows bound one array per column reach PostgreSQL exactly as they were, whatever their text holds. */
class ColumnArraysTest {

    private static final String[] TYPES = {"varchar", "text", "int4", "int8", "uuid", "timestamptz"};
    private static final String UNNEST = """
            select v, t, i, b, u::text, at from unnest(?::varchar[], ?::text[], ?::int4[], ?::int8[], ?::uuid[],
                                                       ?::timestamptz[]) with ordinality as r(v, t, i, b, u, at, n)
             order by n""";

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = EventingDatabase.create("column_arrays").dataSource();
    }

    @Test
    void text_with_quotes_backslashes_braces_commas_line_breaks_and_nulls_comes_back_as_it_was_sent() throws Exception {
        UUID id = UUID.randomUUID();
        List<Object[]> rows = List.of(
                new Object[] {"{\"sku\":\"A,B\"}", "back\\slash \"quoted\" {braced}", 1, 2L, id, "2026-11-29T10:00:00Z"},
                new Object[] {"NULL", "line\nbreak\ttab\r", -7, Long.MAX_VALUE, null, null},
                new Object[] {null, "", null, null, id, "2026-11-29T10:00:00.123456Z"},
                new Object[] {"ünïcödé ✓ 😀", " padded ", Integer.MIN_VALUE, 0L, id, "2026-11-29T10:00:00Z"});

        assertThat(roundTrip(rows)).containsExactly(
                "{\"sku\":\"A,B\"}|back\\slash \"quoted\" {braced}|1|2|" + id + "|2026-11-29T10:00:00Z",
                "NULL|line\nbreak\ttab\r|-7|" + Long.MAX_VALUE + "|null|null",
                "null||null|null|" + id + "|2026-11-29T10:00:00.123456Z",
                "ünïcödé ✓ 😀| padded |" + Integer.MIN_VALUE + "|0|" + id + "|2026-11-29T10:00:00Z");
    }

    @Test
    void integers_given_as_any_number_and_text_given_as_any_value_are_bound_as_their_column_type() throws Exception {
        UUID id = UUID.randomUUID();
        List<Object[]> rows = List.<Object[]>of(new Object[] {Status.WAITING, 42L, (short) 3, 5, id, null});

        assertThat(roundTrip(rows)).containsExactly("WAITING|42|3|5|" + id + "|null");
    }

    private enum Status { WAITING }

    private static List<String> roundTrip(List<Object[]> rows) throws Exception {
        List<String> back = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(UNNEST)) {
            ColumnArrays.bind(connection, select, TYPES, rows);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(6);
                    back.add(String.join("|", Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), at == null ? "null" : at.toInstant().toString())));
                }
            }
        }
        return back;
    }
}
