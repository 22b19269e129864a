package io.backorder.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one), run as its own process
 * ({@code java kafka.Kafka server.properties}) from this JVM's class path. Its storage is formatted once, on the
 * first start, and kept in {@code <kafkaDir>/data} across runs; every start then creates the contract's topics
 * that are missing.
 */
public final class KafkaBroker implements AutoCloseable {

    public static final String PROCESS_NAME = "kafka";
    public static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** A broker that stops cleanly skips log recovery on its next start: give it time. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    static final String HEAP = "-Xmx512m";
    static final String MAIN_CLASS = "kafka.Kafka";
    static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    /** Written after formatting: the controller port the storage was formatted for (it is in the quorum state). */
    static final String FORMAT_RECORD = "formatted.properties";
    private static final String CONTROLLER_PORT_KEY = "controller.port";

    private final KafkaBrokerConfig config;
    private final Process process;
    private final Path logFile;
    private final List<String> createdTopics;

    private KafkaBroker(KafkaBrokerConfig config, Process process, Path logFile, List<String> createdTopics) {
        this.config = config;
        this.process = process;
        this.logFile = logFile;
        this.createdTopics = List.copyOf(createdTopics);
    }

    /**
     * Formats the storage if this is the first start, starts the broker, waits until it answers, and creates the
     * missing topics.
     *
     * @param kafkaDir where {@code server.properties}, the log4j2 configuration and {@code data/} are kept
     * @throws StackStartException naming the log file and quoting its end, if any step fails
     */
    public static KafkaBroker start(int port, int controllerPort, Path kafkaDir, Path logFile, ProcessRegistry registry) {
        KafkaBrokerConfig config = new KafkaBrokerConfig(port, controllerPort, kafkaDir.resolve("data"));
        Path serverProperties = kafkaDir.resolve("server.properties");
        Path log4j2 = kafkaDir.resolve("log4j2.properties");
        try {
            Files.createDirectories(config.dataDir());
            Files.writeString(serverProperties, config.serverProperties(), StandardCharsets.UTF_8);
            Files.writeString(log4j2, KafkaBrokerConfig.log4j2Properties(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackStartException("cannot write the Kafka configuration in " + kafkaDir + ": " + e, e);
        }
        formatIfNeeded(config, kafkaDir, serverProperties, log4j2, logFile);
        Process process;
        try {
            process = ChildProcessLauncher.launch(
                    javaCommand(log4j2, MAIN_CLASS, serverProperties.toString()), kafkaDir, Map.of(), logFile);
        } catch (IOException e) {
            throw new StackStartException("cannot start the Kafka broker: " + e, e);
        }
        registry.register(PROCESS_NAME, process.toHandle());
        try {
            List<String> created = awaitReadyAndCreateTopics(config, process, logFile);
            return new KafkaBroker(config, process, logFile, created);
        } catch (RuntimeException e) {
            ProcessRegistry.stop(process.toHandle(), STOP_GRACE);
            throw e;
        }
    }

    private static List<String> javaCommand(Path log4j2, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcessLauncher.javaBinary(), HEAP,
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j2.toAbsolutePath(),
                // the console appender needs no flushing at exit; the hook only complains when registered late
                "-Dlog4j2.shutdownHookEnabled=false",
                "-cp", ChildProcessLauncher.currentClassPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The storage is formatted once; formatting again would lose the topics. */
    static boolean isFormatted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("meta.properties"));
    }

    private static void formatIfNeeded(KafkaBrokerConfig config, Path kafkaDir, Path serverProperties, Path log4j2,
                                       Path logFile) {
        Path record = kafkaDir.resolve(FORMAT_RECORD);
        if (isFormatted(config.dataDir())) {
            requireSameControllerPort(config, record, kafkaDir);
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        try {
            Process format = ChildProcessLauncher.launch(
                    javaCommand(log4j2, STORAGE_TOOL, "format", "--standalone", "-t", clusterId,
                            "-c", serverProperties.toString()),
                    kafkaDir, Map.of(), logFile);
            if (!format.waitFor(FORMAT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessRegistry.stop(format.toHandle(), Duration.ZERO);
                throw new StackStartException(LogTail.explain("formatting the Kafka storage took longer than "
                        + FORMAT_TIMEOUT.toSeconds() + " s.", logFile));
            }
            if (format.exitValue() != 0) {
                throw new StackStartException(LogTail.explain("formatting the Kafka storage in " + config.dataDir()
                        + " failed (exit code " + format.exitValue() + ").", logFile));
            }
            Properties formatted = new Properties();
            formatted.setProperty(CONTROLLER_PORT_KEY, Integer.toString(config.controllerPort()));
            formatted.setProperty("cluster.id", clusterId);
            try (var out = Files.newBufferedWriter(record, StandardCharsets.UTF_8)) {
                formatted.store(out, "the Kafka storage in data/ was formatted for this controller port");
            }
        } catch (IOException e) {
            throw new StackStartException("cannot format the Kafka storage: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted while formatting the Kafka storage", e);
        }
    }

    private static void requireSameControllerPort(KafkaBrokerConfig config, Path record, Path kafkaDir) {
        if (!Files.isRegularFile(record)) {
            return;
        }
        Properties formatted = new Properties();
        try (var in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            formatted.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record, e);
        }
        String port = formatted.getProperty(CONTROLLER_PORT_KEY);
        if (port != null && !port.equals(Integer.toString(config.controllerPort()))) {
            throw new StackStartException("the Kafka data in " + config.dataDir() + " was formatted for controller"
                    + " port " + port + ", but this run uses " + config.controllerPort() + ". Use the --port-offset of"
                    + " that run, another --run-dir, or delete " + kafkaDir + " to start Kafka afresh (its topics"
                    + " are lost).");
        }
    }

    private static List<String> awaitReadyAndCreateTopics(KafkaBrokerConfig config, Process process, Path logFile) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception lastFailure = null;
        try (Admin admin = Admin.create(adminProperties(config.bootstrapServers()))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new StackStartException(LogTail.explain("the Kafka broker exited (code "
                            + process.exitValue() + ") while starting.", logFile));
                }
                try {
                    if (!admin.describeCluster().nodes().get(POLL_INTERVAL.toMillis() * 8, TimeUnit.MILLISECONDS)
                            .isEmpty()) {
                        return TopicSetup.ensure(admin);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackStartException("interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    lastFailure = e;
                }
                sleep(POLL_INTERVAL);
            }
        }
        throw new StackStartException(LogTail.explain("the Kafka broker did not answer on " + config.bootstrapServers()
                + " within " + READY_TIMEOUT.toSeconds() + " s" + (lastFailure == null ? "" : " (last: "
                + lastFailure + ")") + ".", logFile));
    }

    static Properties adminProperties(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "devstack");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        properties.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "200");
        return properties;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted while waiting for Kafka", e);
        }
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public KafkaBrokerConfig config() {
        return config;
    }

    /** The topics this start created (empty when an earlier run had created them all). */
    public List<String> createdTopics() {
        return createdTopics;
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the broker: SIGTERM (a controlled shutdown), then SIGKILL after {@link #STOP_GRACE}. */
    @Override
    public void close() {
        ProcessRegistry.stop(process.toHandle(), STOP_GRACE);
    }
}
