package io.backorder.bench.profile;

import com.sun.tools.attach.AgentInitializationException;
import com.sun.tools.attach.AgentLoadException;
import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --profile}: samples the CPU of the stack's JVMs (the services and Kafka) with async-profiler, loaded into
 * each through the JDK's attach API, one named phase at a time; each phase's collapsed stacks go to a file per
 * process, and their sum by library into the report.
 *
 * <p>The agent is loaded (started and stopped at once) when the profiler is made, before the warm-up: loading it
 * made a warm JVM compile thousands of methods again (2026-11-30, "A profiler attached to a service disturbs what it
 * measures" in the bench's README), which then falls in the warm-up rather than in a measured phase.
 */
public final class CpuProfiler {

    /** The agent for Linux on x86-64, inside async-profiler's jar on the class path. */
    static final String AGENT_RESOURCE = "linux-x64/libasyncProfiler.so";
    static final Duration INTERVAL = Duration.ofMillis(2);
    /** The CPU time a sample stands for. */
    static final double SAMPLE_SECONDS = INTERVAL.toNanos() / 1e9;
    /**
     * CPU time, from perf events where the kernel allows them, else from a per-thread CPU timer. The agent answers
     * "Profiling started" on the process's standard output (its log): a start takes no file.
     */
    static final String START = "start,event=cpu,interval=" + INTERVAL.toNanos();
    static final String STOP = "stop";
    /** Without a file the agent would print its summary into the process's own log. */
    static final String DISCARD = STOP + ",file=/dev/null";

    private final Map<String, Long> jvms;
    private final Path agent;
    private final Path outDir;
    private final Map<String, String> unavailable = new LinkedHashMap<>();

    private CpuProfiler(Map<String, Long> jvms, Path agent, Path outDir) {
        this.jvms = new LinkedHashMap<>(jvms);
        this.agent = agent;
        this.outDir = outDir;
    }

    /** Profiles nothing: {@link #begin()} and {@link #end(String)} do nothing. */
    public static CpuProfiler off() {
        return new CpuProfiler(Map.of(), null, null);
    }

    /**
     * Loads the agent into each JVM (by process name and pid) and leaves it idle. A JVM that refuses keeps its
     * reason, which every phase's profile reports.
     *
     * @param outDir the agent's copy and the phases' collapsed stacks go here
     */
    public static CpuProfiler attach(Map<String, Long> jvms, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path agent = outDir.resolve(Path.of(AGENT_RESOURCE).getFileName());
        try (InputStream in = CpuProfiler.class.getClassLoader().getResourceAsStream(AGENT_RESOURCE)) {
            if (in == null) {
                throw new IOException(AGENT_RESOURCE + " is not on the class path (async-profiler's linux-x64 jar)");
            }
            Files.copy(in, agent, StandardCopyOption.REPLACE_EXISTING);
        }
        CpuProfiler profiler = new CpuProfiler(jvms, agent.toAbsolutePath(), outDir.toAbsolutePath());
        for (String process : List.copyOf(profiler.jvms.keySet())) {
            if (profiler.command(process, START)) {
                profiler.command(process, DISCARD);
            }
        }
        return profiler;
    }

    public boolean enabled() {
        return agent != null;
    }

    /** Starts sampling every JVM that took the agent. */
    public void begin() {
        for (String process : List.copyOf(jvms.keySet())) {
            command(process, START);
        }
    }

    /** Stops sampling; the phase's stacks go to {@code <phase>-<process>.collapsed}. Empty when profiling is off. */
    public Optional<CpuProfile> end(String phase) {
        if (!enabled()) {
            return Optional.empty();
        }
        Map<String, CpuProfile.ProcessSamples> processes = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String process : List.copyOf(jvms.keySet())) {
            Path file = outDir.resolve(phase + "-" + process + ".collapsed");
            if (!command(process, STOP + ",file=" + file + ",collapsed")) {
                continue;
            }
            try {
                Map<String, Long> byLibrary = CpuByLibrary.of(Files.readAllLines(file));
                long samples = byLibrary.values().stream().mapToLong(Long::longValue).sum();
                processes.put(process, new CpuProfile.ProcessSamples(samples, byLibrary, file.toString()));
            } catch (IOException e) {
                unreadable.put(process, "its stacks could not be read: " + e.getMessage());
            }
        }
        Map<String, String> failed = new LinkedHashMap<>(unavailable);
        failed.putAll(unreadable);
        return Optional.of(new CpuProfile(phase, SAMPLE_SECONDS, processes, failed));
    }

    /**
     * Sends the agent one command; false if the JVM refused it, which takes that JVM out of the later phases (its
     * profiler's state is unknown).
     */
    private boolean command(String process, String command) {
        try {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(jvms.get(process)));
            try {
                vm.loadAgentPath(agent.toString(), command);
            } finally {
                vm.detach();
            }
            return true;
        } catch (AttachNotSupportedException | AgentLoadException | AgentInitializationException | IOException e) {
            unavailable.put(process, "async-profiler's '" + command.split(",")[0] + "' failed: " + e);
            jvms.remove(process);
            return false;
        }
    }
}
