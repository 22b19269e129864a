package io.backorder.bench.scenario;

import io.backorder.bench.observe.ProcCpu;
import io.backorder.bench.load.StorefrontLoad;
import io.backorder.bench.observe.DecisionFeed;
import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.OrderTracker;
import io.backorder.bench.observe.PagePoller;
import io.backorder.bench.profile.PhaseProfile;
import io.backorder.bench.workload.PlannedOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Places orders and follows them to their decisions (and, for a sample, to their order pages): the part every
 * scenario that places orders shares. The tap must have been started before, so no decision is missed.
 */
final class TrackedRun {

    /** How long the sampled order pages may trail the last decision before the page figures are taken as they are. */
    static final Duration PAGE_GRACE = Duration.ofSeconds(30);

    private final ScenarioContext context;
    private final OrderTracker tracker = new OrderTracker();
    private boolean finished;
    private PageStats pageStats;
    private Map<String, Double> cpuSeconds = Map.of();
    private double compilerSeconds;
    private String profiledPhase;
    private Optional<PhaseProfile> profile = Optional.empty();

    /** What the page poller saw: pages sampled, pages seen showing the decision, requests and failed ones, latencies. */
    record PageStats(long sampled, long seen, long requests, long failures, LatencyStats placementToPage) {
    }

    TrackedRun(ScenarioContext context) {
        this.context = context;
    }

    /** Has the context's profiler watch the JVMs and PostgreSQL as {@code phase} while the orders are placed. */
    TrackedRun profiled(String phase) {
        this.profiledPhase = phase;
        return this;
    }

    /** Sends the orders in a burst, or at {@code perSecond} if positive, and waits for their decisions. */
    TrackedRun place(List<PlannedOrder> orders, double perSecond, int pageSampleEvery) throws InterruptedException {
        DecisionFeed feed = new DecisionFeed(tracker);
        try (PagePoller pages = new PagePoller(context.stack().orderServiceUrl(), pageSampleEvery);
             StorefrontLoad load = new StorefrontLoad(context.stack().kafkaBootstrapServers(), tracker)) {
            tracker.onDecided(pages::offer);
            context.tap().addListener(feed);
            try {
                // the profiler's attaching and writing fall outside the CPU measured
                if (profiledPhase != null) {
                    context.profiler().begin();
                }
                Map<String, Long> measured = context.stack().cpuPids();
                Map<String, Double> cpuBefore = ProcCpu.snapshot(measured);
                Map<Long, Long> compilersBefore = ProcCpu.compilerThreads(measured);
                if (perSecond > 0) {
                    load.paced(orders, perSecond);
                } else {
                    load.burst(orders);
                }
                finished = tracker.awaitDecided(orders.size(), context.timeout());
                cpuSeconds = ProcCpu.between(cpuBefore, ProcCpu.snapshot(measured));
                compilerSeconds = ProcCpu.compilerSecondsBetween(compilersBefore, ProcCpu.compilerThreads(measured));
                if (profiledPhase != null) {
                    profile = context.profiler().end(profiledPhase);
                }
                pages.awaitAll(PAGE_GRACE);
                pageStats = new PageStats(pages.sampledCount(), pages.seenCount(), pages.requests(), pages.failures(),
                        pages.placementToPage());
            } finally {
                context.tap().removeListener(feed);
            }
        }
        return this;
    }

    OrderTracker tracker() {
        return tracker;
    }

    /** What the profiler saw, if {@link #profiled(String)} and {@code --profile}. */
    Optional<PhaseProfile> profile() {
        return profile;
    }

    /** Every order decided within the timeout. */
    boolean finished() {
        return finished;
    }

    PageStats pages() {
        return pageStats;
    }

    /** CPU-seconds each of the stack's processes used from the first order sent to the last decided. */
    Map<String, Double> cpuSeconds() {
        return cpuSeconds;
    }

    /**
     * The share of {@link #cpuSeconds()} that the JVMs' JIT compiler threads used: high while the services are still
     * compiling, so that the run measured a warm-up rather than the services' steady pace. Empty if nothing was read.
     */
    OptionalDouble compilerShare() {
        double all = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return all > 0 ? OptionalDouble.of(compilerSeconds / all) : OptionalDouble.empty();
    }

    /** From the first placement to the last decision; empty if nothing was decided. */
    OptionalLong spanNanos() {
        List<OrderTracker.Decided> decided = tracker.decided();
        OptionalLong first = tracker.firstPlacedNanos();
        if (decided.isEmpty() || first.isEmpty()) {
            return OptionalLong.empty();
        }
        long last = decided.stream().mapToLong(OrderTracker.Decided::decidedNanos).max().orElseThrow();
        return OptionalLong.of(last - first.getAsLong());
    }

    /** Orders decided per second over {@link #spanNanos()}. */
    double decidedPerSecond() {
        OptionalLong span = spanNanos();
        return span.isEmpty() || span.getAsLong() <= 0 ? 0 : tracker.decidedCount() / (span.getAsLong() / 1e9);
    }
}
