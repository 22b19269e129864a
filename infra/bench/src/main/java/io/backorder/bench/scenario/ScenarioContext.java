package io.backorder.bench.scenario;

import io.backorder.bench.BenchOptions;
import io.backorder.bench.BenchStack;
import io.backorder.bench.observe.EventTap;
import io.backorder.bench.profile.PhaseProfiler;
import java.io.PrintStream;
import java.time.Duration;

/**
 * What a scenario runs with: the stack, the options, the tap on the services' topics (started before anything is
 * sent), the console for progress, and the run's id, which goes into every sku and storefront order id so that runs
 * on the same stack never meet; and the profiler of {@code --profile} ({@link PhaseProfiler#off()} without it).
 */
public record ScenarioContext(BenchStack stack, BenchOptions options, EventTap tap, PrintStream out, String runId,
                              PhaseProfiler profiler) {

    /** The longest any one phase waits for the system. */
    public Duration timeout() {
        return Duration.ofSeconds(options.timeoutSeconds());
    }

    /** A sku prefix for this run: {@code MIX} → {@code MIX<runId>}. */
    public String skuPrefix(String scenario) {
        return scenario + runId;
    }

    /** A storefront order id prefix for this run and phase. */
    public String orderPrefix(String phase) {
        return "BENCH-" + runId + "-" + phase;
    }

    /** Prints a progress line, prefixed with the scenario. */
    public void progress(String scenario, String line) {
        out.println("[bench] " + scenario + ": " + line);
        out.flush();
    }
}
