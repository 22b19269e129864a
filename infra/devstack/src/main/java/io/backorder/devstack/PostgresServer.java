package io.backorder.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PostgreSQL server of the stack: either one that runs already ({@link ExternalPostgres}) or an embedded one
 * (zonky's binaries, data kept in {@code <pgDir>/data} across runs, user {@code postgres} without password, server
 * settings {@code fsync=off} and {@code synchronous_commit=off} as zonky applies them: fast, not crash-safe).
 * Makes one database per service if missing.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String EMBEDDED_USER = "postgres";
    public static final Duration EMBEDDED_STARTUP_WAIT = Duration.ofSeconds(60);
    /** After {@code pg_ctl stop -m fast} has had its own 5 s, how long the postmaster gets before SIGKILL. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);
    static final String ADMIN_DATABASE = "postgres";
    static final int LOGIN_TIMEOUT_SECONDS = 10;

    private final EmbeddedPostgres embedded;
    private final ExternalPostgres external;
    private final int embeddedPort;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres embedded, int embeddedPort, Path dataDir, ExternalPostgres external) {
        this.embedded = embedded;
        this.embeddedPort = embeddedPort;
        this.dataDir = dataDir;
        this.external = external;
    }

    /**
     * Starts the embedded server on {@code port}, first stopping one that an earlier run left on the same data.
     *
     * @param pgDir    {@code data/} and the unpacked binaries ({@code work/}) go here
     * @param settings server settings on top of zonky's ({@code -c name=value})
     */
    public static PostgresServer startEmbedded(Path pgDir, int port, Map<String, String> settings, Path logFile,
                                               ProcessRegistry registry) {
        Path dataDir = embeddedDataDir(pgDir);
        Path workDir = pgDir.resolve("work").toAbsolutePath();
        registry.stopLeftoverPostgres(dataDir);
        Ports.requireFree(port, "embedded PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres embedded = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setPort(port)
                    .setPGStartupWait(EMBEDDED_STARTUP_WAIT)
                    // stopped by LocalStack after the services, not by a hook of its own racing them
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            return new PostgresServer(embedded, port, dataDir, null);
        } catch (IOException | RuntimeException e) {
            ProcessRegistry.postmasterPid(dataDir).flatMap(ProcessHandle::of)
                    .filter(ProcessRegistry::looksLikePostgres)
                    .ifPresent(process -> ProcessRegistry.stop(process, STOP_GRACE));
            throw new StackStartException(LogTail.explain("the embedded PostgreSQL did not start on port " + port
                    + ": " + e.getMessage(), logFile), e);
        }
    }

    /** Where the embedded server under {@code pgDir} keeps its data (and its {@code postmaster.pid}). */
    public static Path embeddedDataDir(Path pgDir) {
        return pgDir.resolve("data").toAbsolutePath();
    }

    /** Uses a server that runs already; checks that it answers. */
    public static PostgresServer connectExternal(ExternalPostgres server) {
        PostgresServer postgres = new PostgresServer(null, 0, null, server);
        try (Connection ignored = postgres.connect(ADMIN_DATABASE)) {
            return postgres;
        } catch (SQLException e) {
            throw new StackStartException("cannot connect to the PostgreSQL given by " + ExternalPostgres.URL_VARIABLE
                    + " (" + server + "): " + withoutFinalPeriod(e.getMessage()) + ". Check that it runs and that "
                    + ExternalPostgres.USER_VARIABLE + "/" + ExternalPostgres.PASSWORD_VARIABLE + " are right.", e);
        }
    }

    private static String withoutFinalPeriod(String message) {
        return message != null && message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }

    /**
     * Creates each database that does not exist yet.
     *
     * @return the ones created now
     */
    public List<String> createDatabases(Collection<String> databases) {
        List<String> created = new ArrayList<>();
        try (Connection connection = connect(ADMIN_DATABASE);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement create = connection.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                exists.setString(1, database);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        continue;
                    }
                }
                create.execute("create database " + database);
                created.add(database);
            }
        } catch (SQLException e) {
            throw new StackStartException("cannot create the services' databases on " + describe() + ": "
                    + e.getMessage() + (isEmbedded() ? "" : " (the user needs the CREATEDB privilege)"), e);
        }
        return created;
    }

    private Connection connect(String database) throws SQLException {
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** The JDBC URL of {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return isEmbedded() ? "jdbc:postgresql://127.0.0.1:" + embeddedPort + "/" + database : external.jdbcUrl(database);
    }

    public String user() {
        return isEmbedded() ? EMBEDDED_USER : external.user();
    }

    public String password() {
        return isEmbedded() ? "" : external.password();
    }

    /** Host and port for the embedded server, the given URL for an external one. */
    public String describe() {
        return isEmbedded() ? "127.0.0.1:" + embeddedPort : external.url();
    }

    /** The embedded server's data directory. */
    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    /** Stops the embedded server ({@code pg_ctl stop -m fast}, then SIGTERM/SIGKILL if it lingers); an external one is left running. */
    @Override
    public void close() {
        if (!isEmbedded()) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessRegistry.postmasterPid(dataDir).flatMap(ProcessHandle::of);
        try {
            embedded.close();
        } catch (IOException | RuntimeException e) {
            // fall through to the signals below
        }
        // pg_ctl returns once the pid file is gone; the postmaster itself may take a moment more to exit
        postmaster.filter(process -> !ProcessRegistry.awaitExit(process, STOP_GRACE))
                .filter(ProcessRegistry::looksLikePostgres)
                .ifPresent(process -> ProcessRegistry.stop(process, STOP_GRACE));
    }
}
