package io.backorder.bench.profile;

import io.backorder.bench.compare.DatabaseAccess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --profile}'s view into PostgreSQL: the statements that took the server's time in a phase, from
 * {@code pg_stat_statements} (reset when the phase begins). The bench's embedded server preloads the module under
 * {@code --profile}; a server given by {@code BACKORDER_PG_URL} must preload it itself, or the report says it is not
 * available and why.
 */
public final class StatementProfiler {

    /** The server setting that loads the module; without it the view cannot be made. */
    public static final Map<String, String> SERVER_SETTINGS = Map.of("shared_preload_libraries", "pg_stat_statements");
    /** The statements the report lists per phase, by their total execution time. */
    static final int TOP = 15;
    static final int QUERY_CHARS = 160;
    static final String ADMIN_DATABASE = "postgres";

    private static final String TOP_STATEMENTS = """
            select d.datname, s.calls, s.total_exec_time, s.rows, s.query
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            order by s.total_exec_time desc limit ?""";
    private static final String BY_DATABASE = """
            select d.datname, sum(s.total_exec_time)
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            group by d.datname order by 2 desc""";

    private final DatabaseAccess database;
    /** Why nothing can be read, or {@code null}; a failed reset also sets it, rather than end the scenario. */
    private String unavailable;

    private StatementProfiler(DatabaseAccess database, String unavailable) {
        this.database = database;
        this.unavailable = unavailable;
    }

    /** Profiles nothing. */
    public static StatementProfiler off() {
        return new StatementProfiler(null, null);
    }

    /** Makes the extension's view in the administration database, or keeps why it could not. */
    public static StatementProfiler on(DatabaseAccess database) {
        try (Connection connection = database.connect(ADMIN_DATABASE);
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.executeQuery("select count(*) from pg_stat_statements").close();
            return new StatementProfiler(database, null);
        } catch (SQLException e) {
            return new StatementProfiler(database, "pg_stat_statements cannot be read (is it in the server's"
                    + " shared_preload_libraries?): " + e.getMessage());
        }
    }

    /** Forgets what the server counted so far. */
    public void begin() {
        if (database == null || unavailable != null) {
            return;
        }
        try (Connection connection = database.connect(ADMIN_DATABASE);
             Statement statement = connection.createStatement()) {
            statement.executeQuery("select pg_stat_statements_reset()").close();
        } catch (SQLException e) {
            unavailable = "pg_stat_statements_reset() failed: " + e.getMessage();
        }
    }

    /** The phase's statements by total time; empty when off. */
    public Optional<StatementProfile> end(String phase) {
        if (database == null) {
            return Optional.empty();
        }
        if (unavailable != null) {
            return Optional.of(new StatementProfile(phase, List.of(), Map.of(), unavailable));
        }
        try (Connection connection = database.connect(ADMIN_DATABASE)) {
            return Optional.of(new StatementProfile(phase, top(connection), byDatabase(connection), null));
        } catch (SQLException e) {
            return Optional.of(new StatementProfile(phase, List.of(), Map.of(),
                    "pg_stat_statements could not be read: " + e.getMessage()));
        }
    }

    private static List<StatementProfile.Statement> top(Connection connection) throws SQLException {
        List<StatementProfile.Statement> statements = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(TOP_STATEMENTS)) {
            select.setInt(1, TOP);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    statements.add(new StatementProfile.Statement(rows.getString(1), rows.getLong(2),
                            rows.getDouble(3), rows.getLong(4), shortened(rows.getString(5))));
                }
            }
        }
        return statements;
    }

    private static Map<String, Double> byDatabase(Connection connection) throws SQLException {
        Map<String, Double> milliseconds = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(BY_DATABASE)) {
            while (rows.next()) {
                milliseconds.put(rows.getString(1), rows.getDouble(2));
            }
        }
        return milliseconds;
    }

    /** On one line, and short enough for a table cell. */
    static String shortened(String query) {
        String line = query.replaceAll("\\s+", " ").trim();
        return line.length() <= QUERY_CHARS ? line : line.substring(0, QUERY_CHARS - 1) + "…";
    }
}
