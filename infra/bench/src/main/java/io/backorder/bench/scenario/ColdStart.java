package io.backorder.bench.scenario;

import io.backorder.bench.load.InventoryClient;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.Numbers;
import io.backorder.bench.workload.PlannedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time from a cold start to the first order decided: from the moment the first service process started to the
 * moment the allocation decision of one order, placed as soon as every service answered ready, was read on
 * inventory.events. It takes in the JVMs' start, Flyway, the consumers joining their groups, and the first (cold,
 * interpreted) pass through the write path.
 */
public final class ColdStart {

    static final String MEASURE = "cold start: service processes started → first order decided";

    private ColdStart() {
    }

    /** The figures, or one saying why not (an attached stack: the bench did not see it start). */
    public static List<Measure> measure(ScenarioContext context) throws Exception {
        Optional<Instant> started = context.stack().servicesStartedAt();
        if (started.isEmpty()) {
            return List.of(Measure.notAvailable(MEASURE, "s",
                    "the bench did not start this stack"));
        }
        String sku = context.skuPrefix("PROBE") + "-1";
        new InventoryClient(context.stack().inventoryServiceUrl()).defineItems(Map.of(sku, 1));
        TrackedRun probe = new TrackedRun(context)
                .place(List.of(new PlannedOrder(context.orderPrefix("PROBE") + "-1", List.of(
                        new PlannedOrder.Line(sku, 1)))), 0, 1);
        if (!probe.finished()) {
            return List.of(Measure.notAvailable(MEASURE, "s",
                    "the probe order was not decided within " + context.timeout().toSeconds() + " s"));
        }
        long decidedNanos = probe.tracker().decided().get(0).decidedNanos();
        Instant decidedAt = Instant.now().minusNanos(System.nanoTime() - decidedNanos);
        double coldStart = Duration.between(started.get(), decidedAt).toMillis() / 1000.0;
        double ready = context.stack().readyAt()
                .map(at -> Duration.between(started.get(), at).toMillis() / 1000.0).orElse(Double.NaN);
        return List.of(
                Measure.of(MEASURE, coldStart, "s")
                        .withNote("of which " + Numbers.format(ready) + " s until all four answered ready"));
    }
}
