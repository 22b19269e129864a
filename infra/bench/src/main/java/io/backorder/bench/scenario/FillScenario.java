package io.backorder.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.bench.BenchOptions;
import io.backorder.bench.load.InventoryClient;
import io.backorder.bench.observe.EventCounter;
import io.backorder.bench.report.Goal;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.Numbers;
import io.backorder.bench.report.ScenarioReport;
import io.backorder.bench.workload.ItemNames;
import io.backorder.bench.workload.PlannedOrder;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 7's fill: many lines wait for stock, the scanners receive enough for all of them, and one
 * {@code POST /api/backorder-fills} for those items hands the stock out. Measured: how long the fill takes to decide
 * (its HTTP answer comes after the transaction commits), and until every {@code BackorderFilled} is on
 * inventory.events.
 *
 * <p>The fill starts once every service has digested the setup (purchasing and reporting follow the 100,000
 * backorders at their own pace): it is timed alone, and the time to catch up is reported beside it.
 *
 * <p>The waiting lines come from orders of up to 500 lines (the contract's limit), every item in turn, one unit a
 * line, so each item has the same number of waiting lines and every order spans many items, as fills meet them.
 */
public final class FillScenario implements Scenario {

    public static final String NAME = "fill";
    static final int MAX_LINES_PER_ORDER = 500;
    static final Goal FILL_SECONDS = Goal.below(10, "s");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws Exception {
        BenchOptions o = context.options();
        ScenarioReport report = new ScenarioReport(NAME, String.format(Locale.ROOT,
                "%,d waiting lines over %,d items (orders of up to %d lines), receipts for all of them, then one"
                        + " POST /api/backorder-fills naming the items", o.fillLines(), o.fillItems(),
                Math.min(MAX_LINES_PER_ORDER, o.fillItems())));
        ItemNames items = new ItemNames(context.skuPrefix("FILL"), o.fillItems());
        List<PlannedOrder> orders = waitingOrders(items, o.fillLines(), context.orderPrefix("F"));
        Map<String, Integer> noStock = new LinkedHashMap<>();
        items.all().forEach(sku -> noStock.put(sku, 0));
        InventoryClient inventory = new InventoryClient(context.stack().inventoryServiceUrl());
        inventory.defineItems(noStock);

        context.progress(NAME, "placing " + Numbers.format(o.fillLines()) + " lines in " + orders.size()
                + " orders (waiting at most " + context.timeout().toSeconds() + " s) …");
        TrackedRun setup = new TrackedRun(context).place(orders, 0, 1000);
        long waiting = setup.tracker().backorderedLines();
        report.add(Measure.of("setup: lines decided per second (orders of up to " + MAX_LINES_PER_ORDER + " lines)",
                setup.tracker().decidedLines() / Math.max(1e-9, setup.spanNanos().orElse(0) / 1e9), "lines/s")
                .withNote(Numbers.format(setup.tracker().decidedLines()) + " lines decided"));
        if (!setup.finished()) {
            String why = "the waiting lines were not in place within " + context.timeout().toSeconds() + " s ("
                    + Numbers.format(setup.tracker().decidedLines()) + " of " + Numbers.format(o.fillLines())
                    + " lines decided)";
            report.add(new Measure("fill decided (POST /api/backorder-fills answered)", null, "s", FILL_SECONDS, why));
            report.note("fill not run: " + why);
            return report;
        }

        Receiving.receive(context, NAME, unitsBySku(orders), context.orderPrefix("FR"));
        Settling.awaitCaughtUp(context, report, NAME, "setup");
        String skuPrefix = items.prefix() + "-";
        EventCounter filled = new EventCounter("BackorderFilled",
                event -> event.data().path("sku").asText().startsWith(skuPrefix));
        context.tap().addListener(filled);
        try {
            context.progress(NAME, "POST /api/backorder-fills for " + Numbers.format(waiting) + " waiting lines …");
            long start = System.nanoTime();
            JsonNode answer;
            try {
                answer = inventory.fill(items.all(), o.fillFullAnswer(), context.timeout());
            } catch (HttpTimeoutException e) {
                report.add(new Measure("fill decided (POST /api/backorder-fills answered)", null, "s", FILL_SECONDS,
                        "did not finish within " + context.timeout().toSeconds() + " s"));
                return report;
            }
            double decided = (System.nanoTime() - start) / 1e9;
            long linesFilled = linesFilled(answer);
            report.add(new Measure("fill decided (POST /api/backorder-fills answered)", decided, "s", FILL_SECONDS,
                    Numbers.format(linesFilled) + " of " + Numbers.format(waiting) + " waiting lines filled; "
                            + (o.fillFullAnswer() ? "answered line by line" : "answered its totals (return=minimal)")));
            report.add(Measure.of("lines filled per second", linesFilled / decided, "lines/s"));
            boolean published = filled.await(linesFilled, context.timeout());
            report.add(new Measure("every BackorderFilled on inventory.events",
                    published ? (filled.lastNanos() - start) / 1e9 : null, "s", null,
                    published ? "from the request" : "only " + Numbers.format(filled.count()) + " of "
                            + Numbers.format(linesFilled) + " within " + context.timeout().toSeconds() + " s"));
        } finally {
            context.tap().removeListener(filled);
        }
        return report;
    }

    /** Orders covering {@code lines} lines, each order taking the next items in turn (never one twice). */
    static List<PlannedOrder> waitingOrders(ItemNames items, int lines, String idPrefix) {
        int perOrder = Math.min(MAX_LINES_PER_ORDER, items.count());
        List<PlannedOrder> orders = new ArrayList<>();
        int next = 0;
        for (int placed = 0, number = 1; placed < lines; number++) {
            int size = Math.min(perOrder, lines - placed);
            List<PlannedOrder.Line> orderLines = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                orderLines.add(new PlannedOrder.Line(items.sku(next), 1));
                next = (next + 1) % items.count();
            }
            orders.add(new PlannedOrder(idPrefix + "-" + number, orderLines));
            placed += size;
        }
        return orders;
    }

    static Map<String, Integer> unitsBySku(List<PlannedOrder> orders) {
        Map<String, Integer> units = new LinkedHashMap<>();
        orders.forEach(order -> order.lines().forEach(line -> units.merge(line.sku(), line.quantity(), Integer::sum)));
        return units;
    }

    /** From the answer's totals; counted line by line from a server older than the totals (to bench a base commit). */
    static long linesFilled(JsonNode answer) {
        if (answer.path("totals").has("linesFilled")) {
            return answer.path("totals").path("linesFilled").asLong();
        }
        long count = 0;
        for (JsonNode line : answer.path("lines")) {
            if (line.path("filled").asInt() > 0) {
                count++;
            }
        }
        return count;
    }
}
