package io.backorder.faults.scenario;

import io.backorder.faults.ServiceCalls;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Progress;
import io.backorder.faults.load.Receipts;
import io.backorder.faults.load.Storefront;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * kill -9 of inventory-service in the middle of 10,000 receipts: orders wait on the run's items (defined without
 * stock), the scanners send the receipts, and when half of them are taken inventory-service is killed, then started
 * again. Every receipt must count once (none lost in the batch that was cut off, none counted twice when it comes
 * again); a fill then hands the units to the waiting lines, and the audit must hold.
 */
final class KillInventoryScenario implements FaultScenario {

    static final String NAME = "kill-inventory";
    static final String SERVICE = "inventory-service";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "kill -9 inventory-service when half of the receipts are taken, start it again: every receipt counted"
                + " once, then a fill; audit holds";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("KI");
        int receiptCount = context.options().receipts();
        MixedLoad load = MixedLoad.plan(context, ledger, Math.max(10, receiptCount / 20), 0);
        load.defineItems(context);
        Progress progress = context.progress(ledger);
        try (InputProducer producer = context.producer(NAME)) {
            Storefront.send(producer, load.orders, 1, ledger, 0);
            producer.flush();
            Progress.awaitAtLeast(progress::ordersPlaced, load.orders.size(), context.timeout(), "orders placed");
            context.progress(NAME, load.orders.size() + " orders wait; sending " + receiptCount + " receipts …");
            Receipts.send(producer, Receipts.plan(ledger.prefix(), load.items.all(), receiptCount,
                    context.options().seed()), 1, ledger);
            producer.flush();
        }
        result.figure(Figure.count("orders placed first", load.orders.size()));
        result.figure(Figure.count("receipts sent", receiptCount));

        Progress.awaitAtLeast(progress::receiptsTaken, receiptCount / 2, context.timeout(), "receipts taken");
        context.stack().killService(SERVICE);
        long killedAt = System.nanoTime();
        result.figure(Figure.count("receipts taken when killed", progress.receiptsTaken().orElse(-1)));
        context.progress(NAME, "killed " + SERVICE + " (kill -9); starting it again …");
        Duration ready = context.stack().startServiceAgain(SERVICE);
        result.figure(Figure.count("restarts", 1));
        result.figure(Figure.seconds("ready again after", ready));
        Progress.awaitAtLeast(progress::receiptsTaken, receiptCount, context.timeout(), "receipts taken");
        result.figure(Figure.seconds("all receipts taken, from the kill", Duration.ofNanos(System.nanoTime()
                - killedAt)));

        ServiceCalls.Answer fill = context.calls().post(context.inventoryServiceUrl() + "/api/backorder-fills",
                ServiceCalls.json(Map.of("orderNumbers", List.of(), "skus", load.items.all(),
                        "onlyCompletableOrders", false, "approveWhenComplete", false)));
        result.figure(Figure.text("fill after the recovery", fill.ok() ? "filled "
                + fill.json().path("lines").size() + " line(s)" : "answered " + fill.status() + ": " + fill.body()));
        result.figure(context.retriesLogged());
        return result.audit("after the restart and a fill", context.audit(ledger)).build();
    }
}
