package io.backorder.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Quarkus service run as its own process ({@code java -jar <module>/target/quarkus-app/quarkus-run.jar}),
 * configured through the environment, its output in its own log file, ready when {@code /q/health/ready}
 * answers 200.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    /**
     * What a graceful stop gets before SIGKILL: as long as Kubernetes gives a pod by default. The Kafka connector
     * alone may wait 10 s (its close-timeout) for batches in flight, so 10 s cut busy services off mid-shutdown.
     */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /**
     * Each service within 512 MiB resident, issue 7's bound (measured by {@code ./bench.sh}): besides the heap, a
     * Quarkus service holds 90–110 MiB of metaspace and about 100 MiB of code, thread stacks and symbols, and every
     * page of heap it ever touched stays resident. The serial collector keeps a few MiB of bookkeeping where G1 kept
     * 44 on this 2-core machine; a heap of 200 MiB holds the benchmark's largest live sets (30–85 MiB after a full
     * collection, measured with -Xlog:gc). A first metaspace threshold above what a service loads spares it the
     * four full collections its start used to trigger.
     *
     * <p>The JIT compiler threads run at the lowest priority (nice 19): on two cores shared by four services, Kafka
     * and PostgreSQL, a C2 compilation took a core from the services' handlers for up to hundreds of milliseconds
     * (order-service, JFR's jdk.Compilation, 2026-11-30: p90 32 ms, p99 442 ms), and the compilers still took a
     * quarter of the stack's CPU after 30,000 warm-up orders. Now they compile in the
     * time nobody else wants. {@code ThreadPriorityPolicy=1} lets the JVM set a thread's niceness; as a user other
     * than root it warns once at start, and lowering a thread's priority still works.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx200m", "-XX:+UseSerialGC", "-XX:MetaspaceSize=160m",
            "-XX:ThreadPriorityPolicy=1", "-XX:CompilerThreadPriority=19");
    /** Replaces {@link #JVM_OPTIONS} when set (space-separated), to compare collectors and heaps with the bench. */
    static final String JVM_OPTIONS_VARIABLE = "BACKORDER_SERVICE_JVM_OPTIONS";
    static final String READINESS_PATH = "/q/health/ready";
    /** prod, with the local users of infra/web's shared configuration (README's table). */
    static final String PROFILE = "prod,local";
    /** Names the run directory on the command line, so that a leftover of this run can be recognised. */
    static final String RUN_DIR_PROPERTY = "backorder.devstack.run-dir";

    private final Service service;
    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private ServiceProcess(Service service, String name, int port, Process process, Path logFile) {
        this.service = service;
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /** What the services read their Kafka broker and database from. */
    public static Map<String, String> environment(int port, String kafkaBootstrapServers, String jdbcUrl, String user,
                                                  String password) {
        return Map.of(
                "QUARKUS_PROFILE", PROFILE,
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", user,
                "QUARKUS_DATASOURCE_PASSWORD", password,
                // glibc's default of 8 malloc arenas per core holds memory the JVM freed long ago
                "MALLOC_ARENA_MAX", "2");
    }

    /**
     * Starts the service; does not wait for it (see {@link #awaitReady()}).
     *
     * @param name    the instance's name in the pid file and messages: the service's name, or
     *                {@code <service>-<n>} for an extra instance
     * @param workDir the process's working directory (Quarkus reads {@code config/} and {@code .env} there)
     */
    public static ServiceProcess start(Service service, String name, Path repoRoot, int port,
                                       Map<String, String> environment, Path workDir, Path logFile,
                                       ProcessRegistry registry) {
        Path jar = service.runnerJar(repoRoot);
        if (!Files.isRegularFile(jar)) {
            throw new StackStartException(service.serviceName() + " is not built: " + jar + " is missing. Build"
                    + " it with `mvn -B -DskipTests package` in " + repoRoot + " (./run.sh does that for you).");
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcessLauncher.javaBinary());
        command.addAll(jvmOptions(System.getenv(JVM_OPTIONS_VARIABLE)));
        command.addAll(List.of("-D" + RUN_DIR_PROPERTY + "=" + workDir.toAbsolutePath(), "-jar", jar.toString()));
        try {
            Process process = ChildProcessLauncher.launch(command, workDir, environment, logFile);
            registry.register(name, process.toHandle());
            return new ServiceProcess(service, name, port, process, logFile);
        } catch (IOException e) {
            throw new StackStartException("cannot start " + name + ": " + e, e);
        }
    }

    static List<String> jvmOptions(String override) {
        return override == null || override.isBlank() ? JVM_OPTIONS : List.of(override.trim().split("\\s+"));
    }

    /**
     * Waits until the service reports ready.
     *
     * @return how long it took since this call
     * @throws StackStartException if it exits or is not ready within {@link #READY_TIMEOUT}; names the log file
     *                             and quotes its last lines
     */
    public Duration awaitReady() {
        long start = System.nanoTime();
        long deadline = start + READY_TIMEOUT.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(baseUrl().resolve(READINESS_PATH)).timeout(PROBE_TIMEOUT).GET()
                .build();
        String lastAnswer = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new StackStartException(LogTail.explain(name + " exited (code "
                        + process.exitValue() + ") while starting.", logFile));
            }
            try {
                HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                lastAnswer = "HTTP " + response.statusCode() + " " + response.body().strip();
            } catch (IOException e) {
                lastAnswer = "no answer (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("interrupted while waiting for " + name, e);
            }
        }
        throw new StackStartException(LogTail.explain(name + " was not ready within "
                + READY_TIMEOUT.toSeconds() + " s; " + probe.uri() + " gave " + lastAnswer + ".", logFile));
    }

    public Service service() {
        return service;
    }

    /** The instance's name: the service's, or {@code <service>-<n>} for an extra instance. */
    public String name() {
        return name;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the service: SIGTERM (Quarkus shuts down gracefully), then SIGKILL after {@link #STOP_GRACE}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Stops the service as {@link #close()} does.
     *
     * @return true if it stopped by itself within {@link #STOP_GRACE}, false if it had to be killed
     */
    public boolean stop() {
        return ProcessRegistry.stop(process.toHandle(), STOP_GRACE);
    }

    /**
     * Kills the service at once (SIGKILL, as {@code kill -9}): no shutdown hook runs, whatever it was writing or
     * sending is cut off where it stood. Returns when the process is gone.
     */
    public void kill() {
        process.destroyForcibly();
        ProcessRegistry.awaitExit(process.toHandle(), ProcessRegistry.KILL_WAIT);
    }
}
