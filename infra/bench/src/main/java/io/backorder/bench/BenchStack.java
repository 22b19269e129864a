package io.backorder.bench;

import io.backorder.bench.compare.DatabaseAccess;
import io.backorder.bench.observe.PidFile;
import io.backorder.devstack.ExternalPostgres;
import io.backorder.devstack.LocalStack;
import io.backorder.devstack.PostgresServer;
import io.backorder.devstack.StackOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack a scenario runs against: one the bench started itself (devstack's {@link LocalStack}, no demo data, in a
 * run directory of its own, so its databases and topics start empty), or one that runs already ({@code --attach}).
 */
public final class BenchStack implements AutoCloseable {

    /** The processes whose resident memory the report shows, as devstack's pid file names them. */
    static final List<String> MEASURED_PROCESSES = List.of("order-service", "inventory-service",
            "purchasing-service", "reporting-service", "kafka");

    /** The embedded PostgreSQL's name among {@link #cpuPids()}. */
    public static final String POSTGRESQL = "postgresql";

    private final LocalStack local;
    private final StackOptions ports;
    private final Path runDir;
    private final DatabaseAccess database;
    private final Instant readyAt;

    private BenchStack(LocalStack local, StackOptions ports, Path runDir, DatabaseAccess database, Instant readyAt) {
        this.local = local;
        this.ports = ports;
        this.runDir = runDir;
        this.database = database;
        this.readyAt = readyAt;
    }

    /**
     * Starts a stack in {@code runDir}, on PostgreSQL as {@code BACKORDER_PG_URL} says (embedded if unset, then with
     * {@code postgresSettings}).
     */
    public static BenchStack start(Path repoRoot, Path runDir, int portOffset, Map<String, String> postgresSettings,
                                   PrintStream progress) {
        ExternalPostgres external = ExternalPostgres.fromEnvironment(System.getenv()).orElse(null);
        StackOptions options = new StackOptions(repoRoot, runDir, portOffset, false, external)
                .withPostgresSettings(postgresSettings);
        LocalStack stack = LocalStack.start(options, progress);
        return new BenchStack(stack, options, runDir,
                DatabaseAccess.of(stack.jdbcUrl("postgres"), stack.dbUser(), stack.dbPassword()), Instant.now());
    }

    /**
     * A stack that runs already at {@code portOffset}; its PostgreSQL is {@code BACKORDER_PG_URL}'s or the embedded
     * one at its default port.
     *
     * @param runDir its run directory, or {@code null} (then the services' memory is not measured)
     */
    public static BenchStack attach(Path repoRoot, Path runDir, int portOffset) {
        StackOptions options = new StackOptions(repoRoot, runDir == null ? repoRoot.resolve(".run") : runDir,
                portOffset, false, null);
        DatabaseAccess database = ExternalPostgres.fromEnvironment(System.getenv())
                .map(pg -> DatabaseAccess.of(pg.url(), pg.user(), pg.password()))
                .orElse(DatabaseAccess.of("jdbc:postgresql://127.0.0.1:" + options.postgresPort() + "/postgres",
                        "postgres", ""));
        return new BenchStack(null, options, runDir, database, null);
    }

    public boolean startedHere() {
        return local != null;
    }

    public String orderServiceUrl() {
        return "http://127.0.0.1:" + ports.servicePort("order-service");
    }

    public String inventoryServiceUrl() {
        return "http://127.0.0.1:" + ports.servicePort("inventory-service");
    }

    /** {@code http://127.0.0.1:<port>} of a service by name. */
    public String serviceUrl(String serviceName) {
        return "http://127.0.0.1:" + ports.servicePort(serviceName);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + ports.kafkaPort();
    }

    public DatabaseAccess database() {
        return database;
    }

    /** The measured processes by name; empty for an attached stack without a run directory. */
    public Map<String, Long> pids() {
        if (runDir == null) {
            return Map.of();
        }
        try {
            Map<String, Long> all = PidFile.read(runDir);
            Map<String, Long> measured = new LinkedHashMap<>();
            MEASURED_PROCESSES.forEach(name -> Optional.ofNullable(all.get(name)).ifPresent(pid -> measured.put(name, pid)));
            return measured;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * The processes whose CPU time the report shows: the measured ones and, when it runs embedded in the run
     * directory, PostgreSQL's postmaster (its backends are counted as its children).
     */
    public Map<String, Long> cpuPids() {
        Map<String, Long> pids = new LinkedHashMap<>(pids());
        if (runDir != null) {
            try {
                List<String> postmaster = Files.readAllLines(
                        PostgresServer.embeddedDataDir(ports.postgresDir()).resolve("postmaster.pid"));
                pids.put(POSTGRESQL, Long.parseLong(postmaster.get(0).trim()));
            } catch (IOException | RuntimeException external) {
                // BACKORDER_PG_URL's server, or an attached stack: not this machine's to measure
            }
        }
        return pids;
    }

    /**
     * When the first of the services' processes started (a cold start begins there); empty for an attached stack,
     * whose start the bench did not see.
     */
    public Optional<Instant> servicesStartedAt() {
        if (!startedHere()) {
            return Optional.empty();
        }
        return pids().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("-service"))
                .map(entry -> ProcessHandle.of(entry.getValue()).flatMap(process -> process.info().startInstant()))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    /** When every service answered ready (only for a stack started here). */
    public Optional<Instant> readyAt() {
        return Optional.ofNullable(readyAt);
    }

    /** For the report: where the stack ran. */
    public String describe() {
        String where = startedHere() ? "fresh stack in " + runDir : "attached stack";
        return where + ", services on ports " + ports.orderPort() + "-" + ports.purchasingPort() + " and "
                + ports.reportingPort() + ", Kafka " + kafkaBootstrapServers() + ", PostgreSQL " + database.server();
    }

    /** Stops a stack started here; an attached one keeps running. */
    @Override
    public void close() {
        if (local != null) {
            local.close();
        }
    }

    /**
     * Deletes the databases and topics of a stack started here, once it has stopped; its logs stay with the report.
     * An attached stack's data is never touched.
     */
    public void deleteData() throws IOException {
        if (local == null) {
            return;
        }
        for (Path data : List.of(ports.postgresDir(), ports.kafkaDir())) {
            if (Files.exists(data)) {
                try (var paths = Files.walk(data)) {
                    for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(path);
                    }
                }
            }
        }
    }
}
