package io.backorder.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * CPU-seconds the JIT compiler threads of each process have used (threads named {@code C1 CompilerThread<n>} or
     * {@code C2 CompilerThread<n>}, which the kernel shortens to 15 characters); 0 for a process that is no JVM.
     */
    public static Map<String, Double> compilerSnapshot(Map<String, Long> pids) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> seconds.put(name, compilerTicks(pid) / TICKS_PER_SECOND));
        return seconds;
    }

    private static long compilerTicks(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.mapToLong(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    return isCompilerThread(stat) ? ticks(stat) : 0;
                } catch (IOException | RuntimeException gone) {
                    return 0; // the thread ended since the list was read
                }
            }).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
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
