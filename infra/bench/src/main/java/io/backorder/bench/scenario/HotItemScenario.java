package io.backorder.bench.scenario;

import io.backorder.bench.BenchOptions;
import io.backorder.bench.load.InventoryClient;
import io.backorder.bench.observe.OrderTracker;
import io.backorder.bench.report.Goal;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.Numbers;
import io.backorder.bench.report.ScenarioReport;
import io.backorder.bench.workload.PlannedOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 7's hot item: one item without stock and many one-line orders for it, sent as a burst, so every order ends
 * up waiting on the same stock item. Every decision about that item goes through one aggregate whose history grows by
 * one event per order; the scenario compares the cost of the first decisions with the cost of the last.
 *
 * <p>A warm-up burst on another item comes first and is not measured: without it the first window would also pay
 * for the services' JIT compiling the write path, and a cost that grows with the item's history could hide behind a
 * start that was slow for another reason.
 */
public final class HotItemScenario implements Scenario {

    public static final String NAME = "hot-item";
    static final Goal LAST_OVER_FIRST = Goal.atMost(1.25, "×");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws Exception {
        BenchOptions o = context.options();
        int window = o.hotWindow();
        ScenarioReport report = new ScenarioReport(NAME, String.format(Locale.ROOT,
                "%,d one-line orders for one item without stock, sent as a burst after a warm-up of %,d orders on"
                        + " another item; the first %,d decisions against the last %,d", o.hotOrders(), o.hotWarmUp(),
                window, window));
        String sku = context.skuPrefix("HOT") + "-1";
        String warmUpSku = context.skuPrefix("HOT") + "-WARM";
        new InventoryClient(context.stack().inventoryServiceUrl()).defineItems(Map.of(sku, 0, warmUpSku, 0));
        if (o.hotWarmUp() > 0) {
            context.progress(NAME, "warm-up: " + Numbers.format(o.hotWarmUp()) + " orders for " + warmUpSku + " …");
            TrackedRun warmUp = new TrackedRun(context).place(oneLineOrders(context.orderPrefix("HW"), warmUpSku,
                    o.hotWarmUp()), 0, 1000);
            report.add(Measure.of("warm-up on another item (not compared)", warmUp.decidedPerSecond(), "orders/s")
                    .withNote(Numbers.format(warmUp.tracker().decidedCount()) + " of " + Numbers.format(o.hotWarmUp())
                            + " decided"));
        }
        List<PlannedOrder> orders = oneLineOrders(context.orderPrefix("H"), sku, o.hotOrders());

        context.progress(NAME, "burst of " + Numbers.format(o.hotOrders()) + " orders for " + sku + " (waiting at most "
                + context.timeout().toSeconds() + " s) …");
        // pages are not this scenario's question: sample sparsely, to leave order-service alone
        TrackedRun run = new TrackedRun(context).profiled(NAME).place(orders, 0, 1000);
        run.profile().ifPresent(report::profile);
        OrderTracker tracker = run.tracker();
        int decided = tracker.decidedCount();
        if (!run.finished()) {
            report.note("did not finish within " + context.timeout().toSeconds() + " s: " + Numbers.format(decided)
                    + " of " + Numbers.format(o.hotOrders()) + " orders decided; the last window is the last "
                    + Numbers.format(window) + " decided by then");
        }
        report.add(Measure.of("orders decided per second, overall", run.decidedPerSecond(), "orders/s")
                .withNote(Numbers.format(decided) + " of " + Numbers.format(o.hotOrders()) + " decided"));
        double importSpan = (tracker.lastImportedNanos() - tracker.firstPlacedNanos().orElse(0)) / 1e9;
        if (tracker.importedCount() > 0 && importSpan > 0) {
            report.add(Measure.of("orders imported per second (order-service)", tracker.importedCount() / importSpan,
                    "orders/s").withNote("bounds the first window if slower than the decisions"));
        }

        List<Long> times = tracker.decided().stream().map(OrderTracker.Decided::decidedNanos).toList();
        Optional<DecisionWindows> windows = DecisionWindows.of(times, window);
        if (windows.isEmpty()) {
            String why = "fewer than " + Numbers.format(2 * window) + " decisions (" + Numbers.format(decided) + ")";
            report.add(Measure.notAvailable("first " + Numbers.format(window) + " decisions", "ms each", why));
            report.add(Measure.notAvailable("last " + Numbers.format(window) + " decisions", "ms each", why));
            report.add(new Measure("last ÷ first", null, "×", LAST_OVER_FIRST, why));
        } else {
            DecisionWindows w = windows.get();
            report.add(Measure.of("first " + Numbers.format(window) + " decisions", w.firstMsPerDecision(), "ms each"));
            report.add(Measure.of("last " + Numbers.format(window) + " decisions", w.lastMsPerDecision(), "ms each"));
            // a run cut short compares the start with its middle, not with its end: shown, not judged
            report.add(run.finished()
                    ? new Measure("last ÷ first", w.lastOverFirst(), "×", LAST_OVER_FIRST, "")
                    : new Measure("last ÷ first", w.lastOverFirst(), "×", null, "partial: the last window ends at"
                            + " decision " + Numbers.format(decided) + " of " + Numbers.format(o.hotOrders())
                            + "; goal " + LAST_OVER_FIRST.describe() + " judged on a finished run only"));
        }
        report.latency("allocation decided (inventory.events)", tracker.placementToDecision());
        return report;
    }

    private static List<PlannedOrder> oneLineOrders(String idPrefix, String sku, int count) {
        List<PlannedOrder> orders = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            orders.add(new PlannedOrder(idPrefix + "-" + i, List.of(new PlannedOrder.Line(sku, 1))));
        }
        return orders;
    }
}
