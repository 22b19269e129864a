package io.backorder.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use, handing out a fresh
 * database per caller: the server named by {@code BACKORDER_TEST_PG_URL} (with
 * {@code BACKORDER_TEST_PG_USER} and {@code BACKORDER_TEST_PG_PASSWORD}) when set, a
 * Testcontainers server where a Docker engine answers, and otherwise an embedded server (zonky,
 * which runs PostgreSQL with {@code synchronous_commit=off}: figures measured here are not durable
 * ones).
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;

    private TestPostgres(String adminUrl, String user, String password, String description) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /** Creates an empty database named after its user, unique in this run. */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet());
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + description, e);
        }
        return new TestDatabase(name, adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    @Override
    public String toString() {
        return description;
    }

    private static TestPostgres start() {
        String external = System.getenv("BACKORDER_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            return new TestPostgres(external, System.getenv("BACKORDER_TEST_PG_USER"),
                    System.getenv("BACKORDER_TEST_PG_PASSWORD"), "external PostgreSQL " + external);
        }
        if (DockerAvailability.answers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-postgres-stop"));
            return new TestPostgres(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "PostgreSQL in a container");
        }
        return startEmbedded();
    }

    private static TestPostgres startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "400")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "test-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new TestPostgres(url, "postgres", "", "embedded PostgreSQL on port " + postgres.getPort());
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away
        }
    }
}
