package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.eventing.Sql;
import io.backorder.reporting.ReportingDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The empty copies a rebuild projects into, and how the read models get their rows. */
@QuarkusTest
class ScratchTablesTests {

    private static final String INSERT = "insert into rm_import (import_id, first_seen_at) values (?, now())";

    @Test
    void a_statement_prepared_before_writes_into_the_copy_until_the_transaction_ends() throws Exception {
        String run = "scratch-" + UUID.randomUUID();
        try (Connection connection = ReportingDatabase.connect()) {
            connection.setAutoCommit(false);
            // as on a connection an earlier rebuild used: a statement's table is looked up again when the search
            // path changes, and the session's first temporary table changes it, later ones do not
            Sql.update(connection, "create temporary table earlier_rebuild (x int)");
            for (int use = 1; use <= 6; use++) {
                Sql.update(connection, INSERT, run + "-before-" + use);
            }
            assertThat(Sql.<Long>one(connection, "select count(*) from pg_prepared_statements where statement = ?",
                    rs -> rs.getLong(1), INSERT.replace("?", "$1"))).as("pgJDBC prepared it on the server").isOne();

            ScratchTables scratch = ScratchTables.shadow(connection, List.of("rm_import"), Set.of());
            Sql.update(connection, INSERT, run + "-during");

            assertThat(importIds(connection, "pg_temp.rm_import", run)).containsExactly(run + "-during");
            assertThat(importIds(connection, scratch.real("rm_import"), run)).hasSize(6).doesNotContain(run + "-during");

            scratch.replace(connection, "rm_import");
            assertThat(Sql.<Long>one(connection, "select count(*) from " + scratch.real("rm_import"), rs -> rs.getLong(1)))
                    .as("the real table holds the copy's rows, and no others").isOne();
            connection.rollback();

            Sql.update(connection, INSERT, run + "-after");
            assertThat(importIds(connection, "rm_import", run)).containsExactly(run + "-after");
            assertThat(Sql.<Boolean>one(connection, "select to_regclass('pg_temp.rm_import') is null", rs -> rs.getBoolean(1)))
                    .as("the copy is gone").isTrue();
            connection.rollback();
        }
    }

    @Test
    void the_real_table_gets_the_copys_rows_and_a_row_made_again_as_it_was_is_not_written() throws Exception {
        String run = "scratch-" + UUID.randomUUID();
        try (Connection connection = ReportingDatabase.connect()) {
            connection.setAutoCommit(false);
            ScratchTables scratch = ScratchTables.shadow(connection, List.of("rm_order"), Set.of());
            String real = scratch.real("rm_order");
            String insert = " (order_number, customer_name) values (?, ?), (?, ?), (?, ?)";
            Sql.update(connection, "insert into " + real + insert,
                    run + "-same", "Ann", run + "-changed", null, run + "-gone", "Bob");
            Sql.update(connection, "insert into pg_temp.rm_order" + insert,
                    run + "-same", "Ann", run + "-changed", "", run + "-new", "Cy");
            String sameRowBefore = ctidOf(connection, real, run + "-same");

            scratch.replace(connection, "rm_order");

            assertThat(Sql.query(connection, "select order_number || '=' || coalesce(customer_name, 'null') from "
                            + real + " where order_number like ? order by order_number", rs -> rs.getString(1), run + "%"))
                    .containsExactly(run + "-changed=", run + "-new=Cy", run + "-same=Ann");
            assertThat(ctidOf(connection, real, run + "-same")).as("not written again").isEqualTo(sameRowBefore);
            connection.rollback();
        }
    }

    private static String ctidOf(Connection connection, String table, String orderNumber) {
        return Sql.one(connection, "select ctid::text from " + table + " where order_number = ?", rs -> rs.getString(1),
                orderNumber);
    }

    private static List<String> importIds(Connection connection, String table, String run) {
        return Sql.query(connection, "select import_id from " + table + " where import_id like ? order by import_id",
                rs -> rs.getString(1), run + "%");
    }
}
