package io.backorder.bench.observe;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Waits until the stack's processes use next to no CPU. Consumer lag 0 is not enough before a timed phase: work that
 * is no consumer's backlog (purchasing's promise reviews, the relays draining what the last transactions wrote,
 * PostgreSQL's autovacuum after a big setup) still takes the two cores the phase is about to measure.
 */
public final class StackQuiet {

    /** Below this share of one core, summed over the stack's processes, the stack counts as idle. */
    static final double IDLE_CORES = 0.25;
    /** Consecutive idle readings needed, one step apart. */
    static final int IDLE_READINGS = 3;

    private final Supplier<Map<String, Double>> cpuSeconds;
    private final Duration step;

    /**
     * @param cpuSeconds CPU-seconds used so far by each of the stack's processes ({@link ProcCpu#snapshot})
     * @param step       how far apart the readings are
     */
    StackQuiet(Supplier<Map<String, Double>> cpuSeconds, Duration step) {
        this.cpuSeconds = cpuSeconds;
        this.step = step;
    }

    /** For the processes of {@code pids}, read from {@code /proc} once a second. */
    public static StackQuiet of(Map<String, Long> pids) {
        return new StackQuiet(() -> ProcCpu.snapshot(pids), Duration.ofSeconds(1));
    }

    /**
     * Waits until the stack has used less than {@link #IDLE_CORES} of a core for {@link #IDLE_READINGS} steps in a
     * row.
     *
     * @return how long that took, or null if it did not happen within {@code timeout}
     */
    public Duration await(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<String, Double> before = cpuSeconds.get();
        int idle = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(step.toMillis());
            Map<String, Double> now = cpuSeconds.get();
            idle = isIdle(ProcCpu.between(before, now)) ? idle + 1 : 0;
            if (idle == IDLE_READINGS) {
                return Duration.ofNanos(System.nanoTime() - start).minus(step.multipliedBy(IDLE_READINGS));
            }
            before = now;
        }
        return null;
    }

    /** Whether the CPU-seconds used in one step stay under {@link #IDLE_CORES}. */
    private boolean isIdle(Map<String, Double> usedInStep) {
        double used = usedInStep.values().stream().mapToDouble(Double::doubleValue).sum();
        return used < IDLE_CORES * step.toMillis() / 1000.0;
    }
}
