package io.backorder.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * CPU time a process has used, from {@code /proc/<pid>/stat} (Linux): its own user and system time, that of its
 * children it has reaped, and that of the children still alive (PostgreSQL's backends are children of the
 * postmaster). Unlike wall-clock throughput, it hardly moves when other programs load the machine, so it compares
 * runs taken on a busy two-core machine.
 */
public final class ProcCpu {

    /** USER_HZ: 100 on every Linux the bench runs on (the kernel's ABI, not the tick rate). */
    static final double TICKS_PER_SECOND = 100;

    private ProcCpu() {
    }

    /** CPU-seconds by process name, for the processes that are alive. */
    public static Map<String, Double> snapshot(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> secondsOf(pid).ifPresent(used -> seconds.put(name, used)));
        return seconds;
    }

    /** What each process used between two snapshots (a process missing from either is left out). */
    public static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> {
            if (before.containsKey(name)) {
                used.put(name, seconds - before.get(name));
            }
        });
        return used;
    }

    /**
     * CPU ticks of each JIT compiler thread of these processes, by thread id (threads named {@code C1 CompilerThread<n>}
     * or {@code C2 CompilerThread<n>}, which the kernel shortens to 15 characters). A process that is no JVM has none.
     * Kept per thread because HotSpot starts and ends compiler threads as its queues grow and shrink: an ended thread's
     * ticks leave the sum, so a difference of sums could even come out negative.
     */
    public static Map<Long, Long> compilerThreads(Map<String, Long> pids) {
        Map<Long, Long> ticks = new HashMap<>();
        for (long pid : pids.values()) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                tasks.forEach(task -> {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        if (isCompilerThread(stat)) {
                            ticks.put(Long.parseLong(task.getFileName().toString()), ticks(stat));
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended since the list was read
                    }
                });
            } catch (IOException | RuntimeException gone) {
                // the process is gone, or this is not Linux
            }
        }
        return ticks;
    }

    /**
     * CPU-seconds the compiler threads used between two {@link #compilerThreads} snapshots: a thread started since
     * counts whole, one that ended since not at all (its last moments are missed, an undercount).
     */
    public static double compilerSecondsBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            ticks += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** True if the thread of this stat line is one of HotSpot's JIT compiler threads. */
    static boolean isCompilerThread(String statLine) {
        String name = statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    /** The process's CPU-seconds with its children's, or empty if it is gone or this is not Linux. */
    static OptionalDouble secondsOf(long pid) {
        try {
            long ticks = ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
            Path children = Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children");
            if (Files.isReadable(children)) {
                for (String child : Files.readString(children).trim().split("\\s+")) {
                    if (!child.isEmpty()) {
                        ticks += childTicks(child);
                    }
                }
            }
            return OptionalDouble.of(ticks / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    private static long childTicks(String pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", pid, "stat")));
        } catch (IOException | RuntimeException gone) {
            return 0; // ended since the list was read: the parent has its time once it reaps it
        }
    }

    /**
     * utime + stime + cutime + cstime (fields 14 to 17 of a stat line). The command name in parentheses may hold
     * spaces, so fields are counted after its closing parenthesis.
     */
    static long ticks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14]);
    }
}
