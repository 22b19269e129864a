package io.backorder.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.bench.compare.DatabaseAccess;
import io.backorder.devstack.PostgresServer;
import io.backorder.devstack.ProcessRegistry;
import io.backorder.devstack.StackOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against embedded PostgreSQL servers of their own (devstack's, as the bench starts them). */
class StatementProfilerTest {

    @TempDir
    Path dir;

    @Test
    void a_phase_lists_the_statements_run_since_it_began_with_their_calls_and_rows() throws Exception {
        try (PostgresServer server = start("profiled", StatementProfiler.SERVER_SETTINGS)) {
            DatabaseAccess access = DatabaseAccess.of(server.jdbcUrl("postgres"), server.user(), server.password());
            StatementProfiler profiler = StatementProfiler.on(access);
            try (Connection connection = access.connect("postgres");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table probe (n int)");
                statement.execute("insert into probe select 1 from generate_series(1, 5) -- before the phase");

                profiler.begin();
                try (PreparedStatement insert = connection.prepareStatement("insert into probe (n) values (?)")) {
                    for (int n = 0; n < 30; n++) {
                        insert.setInt(1, n);
                        insert.executeUpdate();
                    }
                }
            }
            StatementProfile profile = profiler.end("phase").orElseThrow();

            assertThat(profile.unavailable()).isNull();
            assertThat(profile.top()).filteredOn(s -> s.query().equals("insert into probe (n) values ($1)"))
                    .singleElement().satisfies(insert -> {
                        assertThat(insert.database()).isEqualTo("postgres");
                        assertThat(insert.calls()).isEqualTo(30);
                        assertThat(insert.rows()).isEqualTo(30);
                    });
            assertThat(profile.top()).noneMatch(s -> s.query().contains("before the phase"));
            assertThat(profile.millisecondsByDatabase()).containsKey("postgres");
        }
    }

    @Test
    void a_server_without_the_module_preloaded_is_reported_with_the_reason() throws Exception {
        try (PostgresServer server = start("plain", Map.of())) {
            StatementProfiler profiler = StatementProfiler.on(
                    DatabaseAccess.of(server.jdbcUrl("postgres"), server.user(), server.password()));

            profiler.begin();
            StatementProfile profile = profiler.end("phase").orElseThrow();

            assertThat(profile.unavailable()).contains("shared_preload_libraries");
            assertThat(profile.top()).isEmpty();
        }
    }

    @Test
    void without_profile_nothing_is_read() {
        StatementProfiler off = StatementProfiler.off();

        off.begin();

        assertThat(off.end("phase")).isEmpty();
    }

    @Test
    void statements_are_shown_on_one_line_and_cut_to_fit_a_table_cell() {
        assertThat(StatementProfiler.shortened("select a,\n       b\n  from t")).isEqualTo("select a, b from t");
        assertThat(StatementProfiler.shortened("x".repeat(500))).hasSize(StatementProfiler.QUERY_CHARS).endsWith("…");
    }

    private PostgresServer start(String name, Map<String, String> settings) throws SQLException {
        Path runDir = dir.resolve(name);
        ProcessRegistry registry = new ProcessRegistry(runDir);
        registry.begin();
        int port = StackOptions.DEFAULT_POSTGRES_PORT + StackOptions.freePortOffset();
        return PostgresServer.startEmbedded(runDir.resolve("pg"), port, settings, runDir.resolve("postgres.log"),
                registry);
    }
}
