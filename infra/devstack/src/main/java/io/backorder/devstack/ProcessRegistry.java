package io.backorder.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The processes a run starts, written to {@code <runDir>/pids} ({@code name pid} a line) as they start, so that
 * the next run can stop whatever a crashed or killed run left behind before it takes the same ports. The first
 * line names the devstack JVM itself: while that one lives, a second run in the same directory is refused.
 */
public final class ProcessRegistry {

    static final String PID_FILE_NAME = "pids";
    static final String OWNER_NAME = "devstack";
    /** How long a leftover process gets to stop after SIGTERM before it is killed. */
    public static final Duration LEFTOVER_STOP_GRACE = Duration.ofSeconds(5);
    /** How long to wait for a process to disappear after SIGKILL. */
    static final Duration KILL_WAIT = Duration.ofSeconds(5);
    /** What the command line of a process this stack started contains, besides the run directory. */
    private static final List<String> OUR_MARKERS = List.of("quarkus-run.jar", "kafka.Kafka");
    private static final String POSTGRES_MARKER = "postgres";

    private final Path runDir;
    private final Path pidFile;
    /** This JVM owns the pid file: it called {@link #begin()} (and has not cleared it since). */
    private boolean begun;

    public ProcessRegistry(Path runDir) {
        this.runDir = runDir.toAbsolutePath().normalize();
        this.pidFile = this.runDir.resolve(PID_FILE_NAME);
    }

    public Path pidFile() {
        return pidFile;
    }

    /**
     * Stops every process an earlier run recorded that is still alive and still looks like ours (its command line
     * names the run directory, {@code quarkus-run.jar} or {@code kafka.Kafka}); a pid that now belongs to something
     * else is left alone. Then forgets the earlier run.
     *
     * @return one {@code name (pid n)} for each process stopped
     * @throws StackStartException if the devstack that wrote the file is still running
     */
    public synchronized List<String> stopLeftovers() {
        List<Entry> entries = readEntries();
        long self = ProcessHandle.current().pid();
        for (Entry entry : entries) {
            if (entry.name().equals(OWNER_NAME) && entry.pid() != self) {
                Optional<ProcessHandle> owner = ProcessHandle.of(entry.pid()).filter(ProcessHandle::isAlive);
                if (owner.isPresent() && isJava(owner.get())) {
                    throw new StackStartException("another devstack (pid " + entry.pid() + ") is running with run"
                            + " directory " + runDir + ". Stop it first (Ctrl-C in its terminal, or kill "
                            + entry.pid() + "), or give this one another --run-dir and --port-offset. If pid "
                            + entry.pid() + " is not a devstack, delete " + pidFile + ".");
                }
            }
        }
        List<String> stopped = new ArrayList<>();
        // the reverse of the start order: services before the broker they use
        List<Entry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        for (Entry entry : newestFirst) {
            if (entry.name().equals(OWNER_NAME) || entry.pid() == self) {
                continue;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(entry.pid())
                    .filter(ProcessHandle::isAlive)
                    .filter(this::looksLikeOurs);
            if (process.isPresent()) {
                stop(process.get(), LEFTOVER_STOP_GRACE);
                stopped.add(entry.name() + " (pid " + entry.pid() + ")");
            }
        }
        deletePidFile();
        return stopped;
    }

    /**
     * Stops a PostgreSQL that an earlier run left running on {@code dataDir}: the first line of its
     * {@code postmaster.pid} is the postmaster's pid. Only a live process whose command line names postgres is
     * stopped.
     *
     * @return {@code postgres (pid n)} if one was stopped
     */
    public Optional<String> stopLeftoverPostgres(Path dataDir) {
        Optional<Long> pid = postmasterPid(dataDir);
        if (pid.isEmpty() || pid.get() == ProcessHandle.current().pid()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get())
                .filter(ProcessHandle::isAlive)
                .filter(ProcessRegistry::looksLikePostgres);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        stop(process.get(), LEFTOVER_STOP_GRACE);
        return Optional.of("postgres (pid " + pid.get() + ")");
    }

    /** The postmaster's pid from {@code <dataDir>/postmaster.pid}, if the file is there and readable. */
    static Optional<Long> postmasterPid(Path dataDir) {
        Path file = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Starts a new record for this run, naming this JVM as its owner. */
    public synchronized void begin() {
        try {
            Files.createDirectories(runDir);
            Files.writeString(pidFile, line(OWNER_NAME, ProcessHandle.current().pid()), StandardCharsets.UTF_8);
            begun = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    /** Records a process this run started. */
    public synchronized void register(String name, ProcessHandle process) {
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a process name is one word, not '" + name + "'");
        }
        try {
            Files.createDirectories(runDir);
            Files.writeString(pidFile, line(name, process.pid()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    /**
     * Forgets this run's processes (they are stopped). Does nothing unless {@link #begin()} was called: the file
     * of another run that is still going stays.
     */
    public synchronized void clear() {
        if (begun) {
            deletePidFile();
            begun = false;
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + pidFile, e);
        }
    }

    /** What the pid file says now. */
    synchronized List<Entry> readEntries() {
        if (!Files.isRegularFile(pidFile)) {
            return List.of();
        }
        try {
            return parse(Files.readAllLines(pidFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pidFile, e);
        }
    }

    /** The well-formed {@code name pid} lines; anything else is skipped. */
    static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                continue;
            }
            try {
                long pid = Long.parseLong(parts[1]);
                if (pid > 0) {
                    entries.add(new Entry(parts[0], pid));
                }
            } catch (NumberFormatException ignored) {
                // not a line we wrote
            }
        }
        return entries;
    }

    boolean looksLikeOurs(ProcessHandle process) {
        return process.info().commandLine()
                .map(command -> command.contains(runDir.toString()) || OUR_MARKERS.stream().anyMatch(command::contains))
                .orElse(false);
    }

    static boolean looksLikePostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains(POSTGRES_MARKER)).orElse(false)
                || process.info().commandLine().map(command -> command.contains(POSTGRES_MARKER)).orElse(false);
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("java")).orElse(false);
    }

    /**
     * Asks {@code process} to stop (SIGTERM), waits up to {@code grace}, then kills it (SIGKILL) if it still runs.
     *
     * @return true if it stopped by itself, false if it had to be killed (or would not die)
     */
    public static boolean stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, KILL_WAIT);
        return false;
    }

    /** Waits up to {@code timeout} for {@code process} to exit; true if it did. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static String line(String name, long pid) {
        return name + " " + pid + System.lineSeparator();
    }

    /** One line of the pid file. */
    record Entry(String name, long pid) {
    }
}
