package io.backorder.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The whole stack on this machine, for {@link DevStack} and for integration tests: PostgreSQL with one database
 * per service, a Kafka broker with the contract's topics, the four services (healthy), and the demo data.
 * {@link #close()} (also run by a JVM shutdown hook) stops the services, then Kafka, then PostgreSQL.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(StackOptions.defaults(repoRoot).withPortOffset(1000).withDemo(false))) {
 *     URI orders = URI.create(stack.serviceUrl("order-service") + "/api/orders");
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    static final int STEPS = 5;

    private final StackOptions options;
    private final PrintStream out;
    private final ProcessRegistry registry;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    /** Further instances of a service, started by {@link #startExtraInstance(String, int)}. */
    private final List<ServiceProcess> extraInstances = new ArrayList<>();
    private volatile PostgresServer postgres;
    private volatile KafkaBroker kafka;
    /** A progress line was begun and not finished (it gets "failed" if the step fails). */
    private volatile boolean lineOpen;
    /** Pids of processes stopped on purpose while the stack runs (a fault run): their exit is no surprise. */
    private final Set<Long> deliberateExits = ConcurrentHashMap.newKeySet();

    private LocalStack(StackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.registry = new ProcessRegistry(options.runDir());
        this.shutdownHook = new Thread(this::close, "devstack-shutdown");
    }

    /** {@link #start(StackOptions, PrintStream)} reporting progress on {@code System.out}. */
    public static LocalStack start(StackOptions options) {
        return start(options, System.out);
    }

    /**
     * Starts everything and waits until it is ready; on failure stops what had started.
     *
     * @param progress where the {@code [n/5]} lines go
     * @throws StackStartException saying what did not start, why, and where its log is
     */
    public static LocalStack start(StackOptions options, PrintStream progress) {
        LocalStack stack = new LocalStack(options, progress);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException e) {
            if (stack.lineOpen) {
                progress.println("failed");
            }
            stack.close();
            throw e instanceof StackStartException ? e : new StackStartException(e.toString(), e);
        }
    }

    private void startAll() {
        long start = System.nanoTime();
        try {
            Files.createDirectories(options.logDir());
        } catch (IOException e) {
            throw new StackStartException("cannot create " + options.logDir() + ": " + e, e);
        }
        for (String leftover : registry.stopLeftovers()) {
            out.println("stopped " + leftover + ", left running by an earlier run");
        }
        if (options.external().isEmpty()) {
            registry.stopLeftoverPostgres(PostgresServer.embeddedDataDir(options.postgresDir()))
                    .ifPresent(leftover -> out.println("stopped " + leftover + ", left running by an earlier run"));
        }
        registry.begin();
        requireBuiltServices();
        Ports.requireFree(options.kafkaPort(), "Kafka");
        Ports.requireFree(options.kafkaControllerPort(), "Kafka controller");
        for (Service service : Service.values()) {
            Ports.requireFree(options.port(service), service.serviceName());
        }

        startPostgres();
        startKafka();
        startServices();
        loadDemoData();
        step(5, "all up in " + seconds(System.nanoTime() - start));
        out.println();
        watchForUnexpectedExits();
    }

    /** Before anything starts: every service's runnable jar is there. */
    private void requireBuiltServices() {
        List<String> missing = Arrays.stream(Service.values())
                .map(service -> service.runnerJar(options.repoRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> options.repoRoot().relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            throw new StackStartException("the services are not built: " + String.join(", ", missing) + " missing."
                    + " Build them with `mvn -B -DskipTests package` in " + options.repoRoot()
                    + " (./run.sh does that for you).");
        }
    }

    private void startPostgres() {
        long start = System.nanoTime();
        beginLine(stepPrefix(1) + "PostgreSQL … ");
        PostgresServer server = options.external()
                .map(PostgresServer::connectExternal)
                .orElseGet(() -> PostgresServer.startEmbedded(options.postgresDir(), options.postgresPort(),
                        options.postgresSettings(), options.logFile("postgres"), registry));
        postgres = adopt(server);
        List<String> created = server.createDatabases(
                Arrays.stream(Service.values()).map(Service::database).toList());
        String where = server.isEmbedded()
                ? "embedded, data in " + StackSummary.shortPath(options.postgresDir())
                : "given by " + ExternalPostgres.URL_VARIABLE;
        finishLine("ready on " + server.describe() + " (" + where
                + (created.isEmpty() ? "" : "; created databases " + String.join(", ", created)) + ") ("
                + seconds(System.nanoTime() - start) + ")");
    }

    private void startKafka() {
        long start = System.nanoTime();
        beginLine(stepPrefix(2) + "Kafka … ");
        KafkaBroker broker = KafkaBroker.start(options.kafkaPort(), options.kafkaControllerPort(),
                options.kafkaDir(), options.logFile(KafkaBroker.PROCESS_NAME), registry);
        kafka = adopt(broker);
        finishLine("ready on " + broker.bootstrapServers() + " (KRaft, data in "
                + StackSummary.shortPath(options.kafkaDir())
                + (broker.createdTopics().isEmpty() ? "" : "; created " + broker.createdTopics().size() + " topics")
                + ") (" + seconds(System.nanoTime() - start) + ")");
    }

    private void startServices() {
        step(3, "starting services …");
        for (Service service : Service.values()) {
            ServiceProcess process = launch(service, service.serviceName(), options.port(service));
            synchronized (services) {
                services.put(service, process);
            }
            if (closed.get()) {
                throw new StackStartException("stopped while starting");
            }
        }
        List<CompletableFuture<Void>> readiness = new ArrayList<>();
        for (ServiceProcess process : servicesInOrder()) {
            readiness.add(CompletableFuture.runAsync(() -> {
                Duration took = process.awaitReady();
                synchronized (out) {
                    out.println("      " + process.name() + " ready on " + process.baseUrl() + " ("
                            + seconds(took.toNanos()) + ")");
                }
            }, runnable -> new Thread(runnable, "devstack-await-" + process.name()).start()));
        }
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<Void> ready : readiness) {
            try {
                ready.join();
            } catch (CompletionException e) {
                failures.add(e.getCause() == null ? e.toString() : e.getCause().getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new StackStartException(String.join(System.lineSeparator() + System.lineSeparator(), failures));
        }
    }

    private ServiceProcess launch(Service service, String name, int port) {
        Map<String, String> environment = new java.util.HashMap<>(ServiceProcess.environment(port,
                kafka.bootstrapServers(), postgres.jdbcUrl(service.database()), postgres.user(), postgres.password()));
        // The multi-order processor of order-service runs its fills through inventory-service.
        environment.put("BACKORDER_INVENTORY_URL", serviceUrl("inventory-service"));
        // The operator console (reporting-service) passes its actions on to the services that own them.
        environment.put("BACKORDER_SERVICES_ORDER_URL", serviceUrl("order-service"));
        environment.put("BACKORDER_SERVICES_INVENTORY_URL", serviceUrl("inventory-service"));
        environment.put("BACKORDER_SERVICES_PURCHASING_URL", serviceUrl("purchasing-service"));
        return ServiceProcess.start(service, name, options.repoRoot(), port, environment, options.runDir(),
                options.logFile(name), registry);
    }

    /**
     * Starts one more instance of a service on {@code port}, in the same consumer groups and on the same database
     * as the first, and waits until it is ready. Its log is {@code <service>-<n>}, n counting every service process
     * of the stack (the first extra one is 5). {@link #close()} stops it with the others.
     *
     * @return its base URL
     */
    public String startExtraInstance(String serviceName, int port) {
        Service service = Service.named(serviceName);
        if (closed.get()) {
            throw new IllegalStateException("the stack is closed");
        }
        Ports.requireFree(port, serviceName + " (extra instance)");
        ServiceProcess process;
        synchronized (services) {
            process = launch(service, serviceName + "-" + (services.size() + extraInstances.size() + 1), port);
            extraInstances.add(process);
        }
        Duration took = process.awaitReady();
        out.println("      " + process.name() + " ready on " + process.baseUrl() + " (" + seconds(took.toNanos()) + ")");
        return process.baseUrl().toString();
    }

    private void loadDemoData() {
        if (!options.demo()) {
            step(4, "demo data … skipped (--no-demo)");
            return;
        }
        step(4, "demo data …");
        HttpClient http = HttpClient.newBuilder().connectTimeout(ServiceProcess.PROBE_TIMEOUT).build();
        new DemoData(http, new ObjectMapper(), out).load(
                services.get(Service.INVENTORY).baseUrl(), services.get(Service.ORDER).baseUrl(),
                services.get(Service.PURCHASING).baseUrl(), LocalDate.now(Clock.systemUTC()));
    }

    private void watchForUnexpectedExits() {
        watch("Kafka", KafkaBroker.PROCESS_NAME, kafka.process());
        for (ServiceProcess process : servicesInOrder()) {
            watch(process.name(), process.name(), process.process());
        }
    }

    private void watch(String name, String logName, ProcessHandle process) {
        process.onExit().thenRun(() -> {
            if (!closed.get() && !deliberateExits.contains(process.pid())) {
                out.println("devstack: " + name + " stopped unexpectedly; see " + logFile(logName));
            }
        });
    }

    /** Keeps a started part, unless the stack is being closed meanwhile (Ctrl-C while starting). */
    private <T extends AutoCloseable> T adopt(T part) {
        if (closed.get()) {
            try {
                part.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            throw new StackStartException("stopped while starting");
        }
        return part;
    }

    // Faults on purpose: one part of the running stack stopped or killed and started again (the fault runs).

    /**
     * The instances of a service by name, in start order: the first is named like the service, the ones
     * {@link #startExtraInstance(String, int)} added {@code <service>-<n>}.
     */
    public List<String> instances(String serviceName) {
        Service service = Service.named(serviceName);
        return servicesInOrder().stream().filter(process -> process.service() == service).map(ServiceProcess::name)
                .toList();
    }

    /** {@code http://127.0.0.1:<port>} of one instance, by its name (see {@link #instances(String)}). */
    public String instanceUrl(String instance) {
        return instance(instance).baseUrl().toString();
    }

    /** Kills an instance as {@code kill -9} would: no shutdown, nothing flushed. Returns once it is gone. */
    public synchronized void killService(String instance) {
        ServiceProcess process = instance(instance);
        deliberateExits.add(process.process().pid());
        process.kill();
    }

    /**
     * Stops an instance as a deployment would (SIGTERM, a graceful shutdown; SIGKILL if it lingers).
     *
     * @return true if it shut down by itself within {@link ServiceProcess#STOP_GRACE}, false if it had to be killed
     */
    public boolean stopService(String instance) {
        ServiceProcess process;
        synchronized (this) {
            process = instance(instance);
            deliberateExits.add(process.process().pid());
        }
        // outside the lock: several instances may be stopped at once, as a deployment stops them
        return process.stop();
    }

    /**
     * Starts a stopped or killed instance again, on its port, with its name and log, and waits until it is ready.
     * Several instances may be started again at once, from several threads.
     *
     * @return how long it took to be ready
     * @throws IllegalStateException if the instance still runs
     */
    public Duration startServiceAgain(String instance) {
        ServiceProcess fresh;
        synchronized (this) {
            ServiceProcess old = instance(instance);
            if (old.process().isAlive()) {
                throw new IllegalStateException(instance + " still runs; stop or kill it first");
            }
            fresh = launch(old.service(), old.name(), old.port());
            synchronized (services) {
                if (services.get(old.service()) == old) {
                    services.put(old.service(), fresh);
                } else {
                    extraInstances.set(extraInstances.indexOf(old), fresh);
                }
            }
        }
        Duration took = fresh.awaitReady();
        watch(fresh.name(), fresh.name(), fresh.process());
        return took;
    }

    /** Stops the broker (a controlled shutdown, SIGKILL if it lingers); its data stays for {@link #startKafkaAgain()}. */
    public synchronized void stopKafka() {
        deliberateExits.add(kafka.process().pid());
        kafka.close();
    }

    /**
     * Starts the broker again on its data and ports, and waits until it answers.
     *
     * @return how long that took
     */
    public synchronized Duration startKafkaAgain() {
        if (kafka.process().isAlive()) {
            throw new IllegalStateException("Kafka still runs; stop it first");
        }
        long start = System.nanoTime();
        kafka = KafkaBroker.start(options.kafkaPort(), options.kafkaControllerPort(), options.kafkaDir(),
                options.logFile(KafkaBroker.PROCESS_NAME), registry);
        watch("Kafka", KafkaBroker.PROCESS_NAME, kafka.process());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Stops the embedded PostgreSQL ({@code pg_ctl stop -m fast}: open connections are cut); its data stays for
     * {@link #startPostgresAgain()}.
     *
     * @throws IllegalStateException for an external server, which is not the stack's to stop
     */
    public synchronized void stopPostgres() {
        requireEmbeddedPostgres();
        postgres.dataDir().flatMap(ProcessRegistry::postmasterPid).ifPresent(deliberateExits::add);
        postgres.close();
    }

    /**
     * Starts the embedded PostgreSQL again on its data and port; the services' connection pools find it again.
     *
     * @return how long that took
     */
    public synchronized Duration startPostgresAgain() {
        requireEmbeddedPostgres();
        long start = System.nanoTime();
        postgres = PostgresServer.startEmbedded(options.postgresDir(), options.postgresPort(),
                options.postgresSettings(), options.logFile("postgres"), registry);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private void requireEmbeddedPostgres() {
        if (!postgres.isEmbedded()) {
            throw new IllegalStateException("the PostgreSQL given by " + ExternalPostgres.URL_VARIABLE
                    + " is not the stack's to stop or start");
        }
    }

    private ServiceProcess instance(String name) {
        return servicesInOrder().stream().filter(process -> process.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no service instance named '" + name + "'; the stack"
                        + " runs " + servicesInOrder().stream().map(ServiceProcess::name).toList()));
    }

    /** The services' processes: the first instances in start order, then the extra ones. */
    private List<ServiceProcess> servicesInOrder() {
        synchronized (services) {
            List<ServiceProcess> all = new ArrayList<>(services.values());
            all.addAll(extraInstances);
            return all;
        }
    }

    private void beginLine(String text) {
        out.print(text);
        out.flush();
        lineOpen = true;
    }

    private void finishLine(String text) {
        out.println(text);
        lineOpen = false;
    }

    private void step(int number, String text) {
        out.println(stepPrefix(number) + text);
    }

    private static String stepPrefix(int number) {
        return "[" + number + "/" + STEPS + "] ";
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    public StackOptions options() {
        return options;
    }

    /** {@code 127.0.0.1:<port>} of the broker. */
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code http://127.0.0.1:<port>} of a service, by name ({@code order-service} …). */
    public String serviceUrl(String serviceName) {
        return "http://127.0.0.1:" + options.port(Service.named(serviceName));
    }

    /** The JDBC URL of a database ({@code orders}, {@code inventory}, {@code purchasing}, {@code reporting}). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String dbUser() {
        return postgres.user();
    }

    public String dbPassword() {
        return postgres.password();
    }

    public boolean embeddedPostgres() {
        return postgres.isEmbedded();
    }

    /** {@code <runDir>/logs/<name>.log}: {@code postgres}, {@code kafka}, {@code devstack} or a service's name. */
    public Path logFile(String name) {
        return options.logFile(name);
    }

    /**
     * The pid of every process of the stack: the services (extra instances too), Kafka, and the embedded
     * PostgreSQL's postmaster. After {@link #close()} none of them runs.
     */
    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        servicesInOrder().forEach(process -> pids.add(process.process().pid()));
        if (kafka != null) {
            pids.add(kafka.process().pid());
        }
        if (postgres != null) {
            postgres.dataDir().flatMap(ProcessRegistry::postmasterPid).ifPresent(pids::add);
        }
        return pids;
    }

    /** Stops the services, then Kafka, then PostgreSQL (each SIGTERM, then SIGKILL if it lingers); idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) already
            }
        }
        long start = System.nanoTime();
        List<ServiceProcess> running = servicesInOrder();
        List<String> stopped = new ArrayList<>();
        if (!running.isEmpty()) {
            CompletableFuture.allOf(running.stream()
                    .map(process -> CompletableFuture.runAsync(process::close,
                            runnable -> new Thread(runnable, "devstack-stop-" + process.name()).start()))
                    .toArray(CompletableFuture[]::new)).join();
            stopped.add(running.stream().map(ServiceProcess::name)
                    .collect(Collectors.joining(", ")));
        }
        if (kafka != null) {
            kafka.close();
            stopped.add("Kafka");
        }
        String note = "";
        if (postgres != null) {
            postgres.close();
            if (postgres.isEmbedded()) {
                stopped.add("PostgreSQL");
            } else {
                note = "; the external PostgreSQL keeps running";
            }
        }
        registry.clear();
        if (!stopped.isEmpty()) {
            out.println("stopped " + String.join(", ", stopped) + " (" + seconds(System.nanoTime() - start) + ")"
                    + note);
        }
    }
}
