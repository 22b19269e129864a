package io.backorder.faults.scenario;

import io.backorder.bench.workload.ItemNames;
import io.backorder.bench.workload.PlannedOrder;
import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Items;
import io.backorder.faults.load.Progress;
import io.backorder.faults.load.Receipts;
import io.backorder.faults.load.Storefront;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The everyday load most fault runs strike into: the run's items defined with a little stock, then storefront orders
 * (two lines each, Zipf over the items) and warehouse receipts, alternating in chunks on their topics, so that some
 * lines are allocated, some backordered, and stock keeps arriving.
 */
final class MixedLoad {

    static final int INITIAL_STOCK = 3;
    static final int LINES_PER_ORDER = 2;
    static final int CHUNK = 50;

    final Ledger ledger;
    final ItemNames items;
    final List<PlannedOrder> orders;
    final List<ReceiptScanned> receipts;

    private MixedLoad(Ledger ledger, ItemNames items, List<PlannedOrder> orders, List<ReceiptScanned> receipts) {
        this.ledger = ledger;
        this.items = items;
        this.orders = orders;
        this.receipts = receipts;
    }

    static MixedLoad plan(FaultContext context, Ledger ledger, int orders, int receipts) {
        ItemNames items = new ItemNames(ledger.prefix(), Math.max(LINES_PER_ORDER, context.options().items()));
        long seed = context.options().seed();
        return new MixedLoad(ledger, items, Storefront.plan(items, ledger.prefix(), "1", orders, LINES_PER_ORDER, seed),
                Receipts.plan(ledger.prefix(), items.all(), receipts, seed));
    }

    /**
     * The load of a run that strikes once all is in: defines the items, sends every order and receipt
     * ({@code copies} times each, in a row), waits until all is taken in and the services are quiet, and notes the
     * figures.
     */
    static MixedLoad settled(FaultContext context, Ledger ledger, String scenario, int copies,
                             FaultResult.Builder result) throws IOException, InterruptedException {
        MixedLoad load = plan(context, ledger, context.options().orders(), context.options().orders());
        load.defineItems(context);
        try (InputProducer producer = context.producer(scenario)) {
            context.progress(scenario, "sending " + load.messages() + " orders and receipts"
                    + (copies == 1 ? "" : ", each " + copies + " times") + " …");
            load.sendAll(producer, copies);
        }
        result.figure(Figure.count(copies == 1 ? "messages sent" : "messages sent (each " + copies + " times)",
                (long) copies * load.messages()));
        result.figure(Figure.seconds("all taken in after", load.awaitTakenIn(context)));
        context.awaitQuiet();
        return load;
    }

    void defineItems(FaultContext context) throws IOException, InterruptedException {
        Map<String, Integer> stock = new LinkedHashMap<>();
        items.all().forEach(sku -> stock.put(sku, INITIAL_STOCK));
        Items.define(context.inventoryServiceUrl(), stock, ledger);
    }

    int messages() {
        return orders.size() + receipts.size();
    }

    /** Sends everything as fast as the broker takes it, each message {@code copies} times in a row. */
    void sendAll(InputProducer producer, int copies) {
        sendPaced(producer, copies, Duration.ZERO);
    }

    /**
     * Sends everything spread evenly over {@code span} (the fault must strike while input still arrives), chunk by
     * chunk, orders and receipts taking turns.
     */
    void sendPaced(InputProducer producer, int copies, Duration span) {
        int chunks = (Math.max(orders.size(), receipts.size()) + CHUNK - 1) / CHUNK;
        long pause = chunks == 0 ? 0 : span.toNanos() / chunks;
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = chunk * CHUNK;
            if (from < orders.size()) {
                Storefront.send(producer, orders.subList(from, Math.min(orders.size(), from + CHUNK)), copies, ledger,
                        from);
            }
            if (from < receipts.size()) {
                Receipts.send(producer, receipts.subList(from, Math.min(receipts.size(), from + CHUNK)), copies,
                        ledger);
            }
            LockSupport.parkNanos(pause);
        }
        producer.flush();
    }

    /**
     * Waits until every order is imported and taken in by inventory and every receipt is claimed.
     *
     * @return how long that took
     */
    Duration awaitTakenIn(FaultContext context) throws InterruptedException {
        long start = System.nanoTime();
        Progress progress = context.progress(ledger);
        Progress.awaitAtLeast(progress::ordersImported, orders.size(), context.timeout(), "orders imported");
        Progress.awaitAtLeast(progress::ordersPlaced, orders.size(), context.timeout(), "orders taken in by inventory");
        Progress.awaitAtLeast(progress::receiptsTaken, receipts.size(), context.timeout(), "receipts taken");
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
