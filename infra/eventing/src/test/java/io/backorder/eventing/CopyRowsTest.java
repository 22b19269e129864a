package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rows copied in reach PostgreSQL exactly as they were, whatever their text holds, in the order given. */
class CopyRowsTest {

    private static final String COLUMNS = "v, t, i, b, u, at";

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        dataSource = EventingDatabase.create("copy_rows").dataSource();
    }

    /** A table of this test's own, so that tests see only their rows. */
    private static String table(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement create = connection.createStatement()) {
            create.execute("create table " + name + """
                     (n bigserial primary key, v varchar(100), t text, i int4, b int8, u uuid, at timestamptz,
                      constraint %s_v unique (v))""".formatted(name));
        }
        return name;
    }

    @Test
    void text_with_tabs_line_breaks_backslashes_quotes_and_nulls_comes_back_as_it_was_sent() throws Exception {
        UUID id = UUID.randomUUID();
        List<Object[]> rows = List.of(
                new Object[] {"{\"sku\":\"A,B\",\"note\":\"say \\\"hi\\\"\"}", "back\\slash \\N {braced}", 1, 2L, id,
                        Instant.parse("2026-11-29T10:00:00Z")},
                new Object[] {"NULL", "line\nbreak\ttab\r", -7, Long.MAX_VALUE, null, null},
                new Object[] {"\\N", "", null, null, id, Instant.parse("2026-11-29T10:00:00.123456Z")},
                new Object[] {"ünïcödé ✓ 😀", " padded ", Integer.MIN_VALUE, 0L, id, "2026-11-29T10:00:00Z"});

        String table = table("escaped");
        try (Connection connection = dataSource.getConnection()) {
            assertThat(CopyRows.copy(connection, table, COLUMNS, rows)).isEqualTo(4);
        }

        assertThat(readBack(table)).containsExactly(
                "{\"sku\":\"A,B\",\"note\":\"say \\\"hi\\\"\"}|back\\slash \\N {braced}|1|2|" + id
                        + "|2026-11-29T10:00:00Z",
                "NULL|line\nbreak\ttab\r|-7|" + Long.MAX_VALUE + "|null|null",
                "\\N||null|null|" + id + "|2026-11-29T10:00:00.123456Z",
                "ünïcödé ✓ 😀| padded |" + Integer.MIN_VALUE + "|0|" + id + "|2026-11-29T10:00:00Z");
    }

    @Test
    void a_row_that_breaks_a_constraint_writes_none_of_its_statement_and_names_the_constraint() throws Exception {
        String table = table("constrained");
        try (Connection connection = dataSource.getConnection()) {
            CopyRows.copy(connection, table, "v", List.<Object[]>of(new Object[] {"taken"}));

            assertThatThrownBy(() -> CopyRows.copy(connection, table, "v",
                    List.of(new Object[] {"first"}, new Object[] {"taken"}, new Object[] {"third"})))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("constrained_v");
        }

        assertThat(readBack(table)).containsExactly("taken|null|null|null|null|null");
    }

    private static List<String> readBack(String table) throws Exception {
        List<String> back = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery("select v, t, i, b, u::text, at from " + table + " order by n")) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(6);
                back.add(String.join("|", Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), at == null ? "null" : at.toInstant().toString())));
            }
        }
        return back;
    }
}
