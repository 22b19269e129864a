package io.backorder.bench.observe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Samples, once a second while a scenario runs, the resident memory of the stack's processes and the load average,
 * keeping the highest of each. The kernel's own peak ({@code VmHWM}) is read as well at the end, for what a one-second
 * sample would miss.
 */
public final class SystemSampler implements AutoCloseable {

    static final long PERIOD_MILLIS = 1000;

    private final Map<String, Long> pids;
    private final Map<String, Long> highestRssKiB = new LinkedHashMap<>();
    private final LoadAverage atStart;
    private double highestLoad;
    private volatile boolean running = true;
    private final Thread thread;

    /** @param pids the processes to follow, by name */
    public SystemSampler(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.atStart = LoadAverage.now().orElse(null);
        this.highestLoad = atStart == null ? 0 : atStart.oneMinute();
        sample();
        this.thread = new Thread(this::run, "bench-system-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            sample();
        }
    }

    private synchronized void sample() {
        pids.forEach((name, pid) -> ProcStatus.of(pid)
                .ifPresent(status -> highestRssKiB.merge(name, status.residentKiB(), Math::max)));
        LoadAverage.now().ifPresent(load -> highestLoad = Math.max(highestLoad, load.oneMinute()));
    }

    /** What was seen, with the kernel's peak of each process that is still alive. */
    public synchronized Summary summary() {
        sample();
        Map<String, MemoryFigure> memory = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            Optional<ProcStatus> now = ProcStatus.of(pid);
            long sampled = highestRssKiB.getOrDefault(name, 0L);
            long peak = Math.max(sampled, now.map(ProcStatus::peakResidentKiB).orElse(0L));
            memory.put(name, new MemoryFigure(pid, peak / 1024.0, now.map(ProcStatus::residentMiB).orElse(0.0)));
        });
        return new Summary(memory, atStart, highestLoad, LoadAverage.now().orElse(null));
    }

    /** @param peakMiB the kernel's VmHWM (or the highest sample, if higher); @param lastMiB VmRSS at the end */
    public record MemoryFigure(long pid, double peakMiB, double lastMiB) {
    }

    /** Memory by process name, and the 1-minute load average at the start, its highest, and at the end. */
    public record Summary(Map<String, MemoryFigure> memory, LoadAverage loadAtStart, double highestLoad1m,
                          LoadAverage loadAtEnd) {
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
