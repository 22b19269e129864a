package io.backorder.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start and where: the run directory (data, logs, pids), every port, whether to load the demo data,
 * where the built services live, and an external PostgreSQL if one is given (else an embedded one starts).
 *
 * @param externalPostgres {@code null} to start the embedded PostgreSQL
 * @param postgresSettings server settings the embedded PostgreSQL starts with, on top of zonky's (the bench's
 *                         {@code --profile} preloads pg_stat_statements); none for an external server
 */
public record StackOptions(
        Path repoRoot,
        Path runDir,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int reportingPort,
        int orderPort,
        int inventoryPort,
        int purchasingPort,
        boolean demo,
        ExternalPostgres externalPostgres,
        Map<String, String> postgresSettings) {

    public static final String DEFAULT_RUN_DIR = ".run";
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    /** Not PostgreSQL's 5432, so that the embedded server never collides with an installed one. */
    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_REPORTING_PORT = 8080;
    public static final int DEFAULT_ORDER_PORT = 8081;
    public static final int DEFAULT_INVENTORY_PORT = 8082;
    public static final int DEFAULT_PURCHASING_PORT = 8083;

    /** The services by name, in the order they are started. */
    public static final List<String> SERVICES = Arrays.stream(Service.values()).map(Service::serviceName).toList();

    public static final String USAGE = """
            Usage: ./run.sh [options]
                   java -jar infra/devstack/target/devstack.jar [options]

            Starts Backorder Manager on this machine: PostgreSQL, a Kafka broker, the four services and a demo
            data set, then waits until Ctrl-C, which stops everything.

            Options:
              --no-demo          do not load the demo data
              --run-dir DIR      where data, logs and pids are kept (default: <repo>/.run)
              --port-offset N    add N to every port: Kafka 9092 (controller 9093), services 8080-8083,
                                 embedded PostgreSQL 15432
              --help             print this text

            Environment:
              BACKORDER_PG_URL       use this PostgreSQL instead of the embedded one,
                                     e.g. jdbc:postgresql://127.0.0.1:5432/postgres
              BACKORDER_PG_USER      its user, allowed to create databases (default: postgres)
              BACKORDER_PG_PASSWORD  its password (default: empty)
            """;

    public StackOptions {
        Objects.requireNonNull(repoRoot, "repoRoot");
        Objects.requireNonNull(runDir, "runDir");
        repoRoot = repoRoot.toAbsolutePath().normalize();
        runDir = runDir.toAbsolutePath().normalize();
        postgresSettings = postgresSettings == null ? Map.of() : Map.copyOf(postgresSettings);
        for (int port : List.of(kafkaPort, kafkaControllerPort, postgresPort, reportingPort, orderPort, inventoryPort,
                purchasingPort)) {
            if (port < 1 || port > 65_535) {
                throw new UsageException("port " + port + " is outside 1-65535; choose a smaller --port-offset");
            }
        }
    }

    /**
     * The default ports moved by {@code portOffset}: what {@code --port-offset} gives.
     *
     * @param externalPostgres {@code null} for the embedded PostgreSQL
     */
    public StackOptions(Path repoRoot, Path runDir, int portOffset, boolean demo, ExternalPostgres externalPostgres) {
        this(repoRoot, runDir, DEFAULT_KAFKA_PORT + portOffset, DEFAULT_KAFKA_CONTROLLER_PORT + portOffset,
                DEFAULT_POSTGRES_PORT + portOffset, DEFAULT_REPORTING_PORT + portOffset, DEFAULT_ORDER_PORT + portOffset,
                DEFAULT_INVENTORY_PORT + portOffset, DEFAULT_PURCHASING_PORT + portOffset, demo, externalPostgres,
                Map.of());
    }

    /** Every default: run directory {@code <repoRoot>/.run}, the contract's ports, demo on, embedded PostgreSQL. */
    public static StackOptions defaults(Path repoRoot) {
        return new StackOptions(repoRoot, repoRoot.resolve(DEFAULT_RUN_DIR), DEFAULT_KAFKA_PORT,
                DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_REPORTING_PORT, DEFAULT_ORDER_PORT,
                DEFAULT_INVENTORY_PORT, DEFAULT_PURCHASING_PORT, true, null, Map.of());
    }

    /**
     * The options of a command line, on top of {@link #defaults(Path)} and the environment.
     *
     * @param workingDir what a relative {@code --run-dir} is relative to
     * @throws UsageException for an unknown option, a missing or malformed value
     */
    public static StackOptions parse(List<String> args, Map<String, String> env, Path repoRoot, Path workingDir) {
        StackOptions options = defaults(repoRoot);
        Optional<ExternalPostgres> external = ExternalPostgres.fromEnvironment(env);
        if (external.isPresent()) {
            options = options.withExternalPostgres(external.get());
        }
        int offset = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inlineValue = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--no-demo" -> {
                    if (inlineValue != null) {
                        throw new UsageException("--no-demo takes no value");
                    }
                    options = options.withDemo(false);
                }
                case "--run-dir" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "DIR");
                    if (value.isBlank()) {
                        throw new UsageException("--run-dir needs a directory");
                    }
                    options = options.withRunDir(workingDir.resolve(value));
                }
                case "--port-offset" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, name, "N");
                    try {
                        offset = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        throw new UsageException("--port-offset needs a whole number, not '" + value + "'");
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return options.withPortOffset(offset);
    }

    private static String valueAfter(List<String> args, int index, String option, String what) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException(option + " needs a value: " + option + " " + what);
        }
        return args.get(index + 1);
    }

    /**
     * A port offset under which every port of a stack is free right now: for a stack beside others (tests, fault
     * runs). Another process may still take a port before the stack starts; the stack then says which.
     */
    public static int freePortOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int offset = 1000 + (int) (Math.random() * 19_000);
            StackOptions probe = new StackOptions(Path.of("."), Path.of("."), offset, false, null);
            if (List.of(probe.kafkaPort(), probe.kafkaControllerPort(), probe.postgresPort(), probe.reportingPort(),
                    probe.orderPort(), probe.inventoryPort(), probe.purchasingPort()).stream().allMatch(Ports::isFree)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free set of ports for a stack");
    }

    /** These options with {@code offset} added to every port. */
    public StackOptions withPortOffset(int offset) {
        return new StackOptions(repoRoot, runDir, kafkaPort + offset, kafkaControllerPort + offset,
                postgresPort + offset, reportingPort + offset, orderPort + offset, inventoryPort + offset,
                purchasingPort + offset, demo, externalPostgres, postgresSettings);
    }

    public StackOptions withRunDir(Path dir) {
        return new StackOptions(repoRoot, dir, kafkaPort, kafkaControllerPort, postgresPort, reportingPort, orderPort,
                inventoryPort, purchasingPort, demo, externalPostgres, postgresSettings);
    }

    public StackOptions withDemo(boolean load) {
        return new StackOptions(repoRoot, runDir, kafkaPort, kafkaControllerPort, postgresPort, reportingPort,
                orderPort, inventoryPort, purchasingPort, load, externalPostgres, postgresSettings);
    }

    /** @param server {@code null} for the embedded PostgreSQL */
    public StackOptions withExternalPostgres(ExternalPostgres server) {
        return new StackOptions(repoRoot, runDir, kafkaPort, kafkaControllerPort, postgresPort, reportingPort,
                orderPort, inventoryPort, purchasingPort, demo, server, postgresSettings);
    }

    /** These options with the embedded PostgreSQL started with {@code settings} (name → value). */
    public StackOptions withPostgresSettings(Map<String, String> settings) {
        return new StackOptions(repoRoot, runDir, kafkaPort, kafkaControllerPort, postgresPort, reportingPort,
                orderPort, inventoryPort, purchasingPort, demo, externalPostgres, settings);
    }

    /** The external PostgreSQL, or empty for the embedded one. */
    public Optional<ExternalPostgres> external() {
        return Optional.ofNullable(externalPostgres);
    }

    /** The HTTP port of {@code service}. */
    public int port(Service service) {
        return switch (service) {
            case ORDER -> orderPort;
            case INVENTORY -> inventoryPort;
            case PURCHASING -> purchasingPort;
            case REPORTING -> reportingPort;
        };
    }

    /** The HTTP port of the service called {@code serviceName} ({@code order-service} …). */
    public int servicePort(String serviceName) {
        return port(Service.named(serviceName));
    }

    /** The embedded PostgreSQL's data and binaries. */
    public Path postgresDir() {
        return runDir.resolve("pg");
    }

    /** The Kafka broker's configuration and data. */
    public Path kafkaDir() {
        return runDir.resolve("kafka");
    }

    public Path logDir() {
        return runDir.resolve("logs");
    }

    /** {@code <runDir>/logs/<name>.log}; names are {@code postgres}, {@code kafka}, {@code devstack} and the services'. */
    public Path logFile(String name) {
        return logDir().resolve(name + ".log");
    }
}
