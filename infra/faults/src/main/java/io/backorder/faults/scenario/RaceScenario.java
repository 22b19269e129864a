package io.backorder.faults.scenario;

import io.backorder.bench.load.OrderMessages;
import io.backorder.bench.workload.ItemNames;
import io.backorder.bench.workload.PlannedOrder;
import io.backorder.faults.ServiceCalls;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.Progress;
import io.backorder.faults.load.Storefront;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ship, split, force and cancel racing on the same orders. Orders of two lines wait on a few items with little
 * stock; every other one is approved (so what a fill gives it later is split off into a new order). Then, a few
 * orders at a time, every command an operator has is sent for each of them at once, from several threads: ship,
 * force a line to backorder, cancel a line's backorder, cancel the order, a receipt and a fill of its items (which
 * splits the approved ones), and ship of the orders split off so far. Whatever wins each race, no unit may be shipped
 * twice or lost, every command accepted must count once, and the audit must hold.
 */
final class RaceScenario implements FaultScenario {

    static final String NAME = "race";
    static final int ITEMS = 10;
    static final int INITIAL_STOCK = 4;
    static final int ORDERS_AT_ONCE = 4;
    static final int THREADS = 8;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ship, force, cancel-backorder, cancel, receipts and fills (splitting approved orders) sent at once on"
                + " the same orders from several threads: every accepted command counted once; audit holds";
    }

    /** What the run sent of each command and how it was answered. */
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    /** Answers of one kind of command: accepted (2xx), refused (4xx), failed (5xx or no answer). */
    private record Tally(AtomicInteger accepted, AtomicInteger refused, AtomicInteger failed) {
        Tally() {
            this(new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
        }

        @Override
        public String toString() {
            return accepted + " accepted, " + refused + " refused" + (failed.get() == 0 ? "" : ", " + failed
                    + " failed or unanswered");
        }
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        tallies.clear();
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("RA");
        ServiceCalls calls = context.calls();
        ItemNames items = new ItemNames(ledger.prefix(), ITEMS);
        Map<String, Integer> stock = new TreeMap<>();
        items.all().forEach(sku -> stock.put(sku, INITIAL_STOCK));
        io.backorder.faults.load.Items.define(context.inventoryServiceUrl(), stock, ledger);

        List<PlannedOrder> planned = Storefront.plan(items, ledger.prefix(), "1", context.options().raceOrders(), 2,
                context.options().seed());
        List<RacedOrder> orders = place(context, calls, planned, ledger);
        Progress.awaitAtLeast(context.progress(ledger)::ordersPlaced, orders.size(), context.timeout(),
                "orders taken in by inventory");
        context.awaitQuiet();
        for (int i = 0; i < orders.size(); i += 2) {
            send(calls, "approve", context.orderServiceUrl() + "/api/orders/" + orders.get(i).number() + "/approve",
                    "");
        }
        context.progress(NAME, orders.size() + " orders placed, half approved; racing commands on "
                + ORDERS_AT_ONCE + " orders at a time …");

        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(context.options().seed());
        AtomicLong receiptIds = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int from = 0; from < orders.size(); from += ORDERS_AT_ONCE) {
                List<Future<?>> racing = new ArrayList<>();
                for (RacedOrder order : orders.subList(from, Math.min(orders.size(), from + ORDERS_AT_ONCE))) {
                    for (Runnable command : commands(context, calls, ledger, order, random, receiptIds)) {
                        racing.add(pool.submit(command));
                    }
                }
                for (Future<?> command : racing) {
                    command.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        result.figure(Figure.count("orders raced on", orders.size()));
        new TreeMap<>(tallies).forEach((command, tally) -> result.figure(Figure.text(command, tally.toString())));
        result.figure(Figure.seconds("racing took", java.time.Duration.ofNanos(System.nanoTime() - start)));
        result.figure(Figure.seconds("quiet after the race", context.awaitQuiet()));
        result.figure(Figure.count("orders split off", splitOrders(context, ledger).size()));
        result.figure(context.retriesLogged());
        return result.audit("after the race", context.audit(ledger)).build();
    }

    /** An order of the race: its number and its two lines' skus. */
    private record RacedOrder(String number, List<String> skus) {
    }

    private List<RacedOrder> place(FaultContext context, ServiceCalls calls, List<PlannedOrder> planned, Ledger ledger)
            throws IOException, InterruptedException {
        List<RacedOrder> orders = new ArrayList<>();
        int sequence = 0;
        for (PlannedOrder order : planned) {
            ledger.orderSent(order.storefrontOrderId());
            ServiceCalls.Answer answer = calls.post(context.orderServiceUrl() + "/api/orders",
                    OrderMessages.json(order, sequence++, Instant.now()));
            if (!answer.ok()) {
                throw new IllegalStateException("order " + order.storefrontOrderId() + " was refused: "
                        + answer.status() + " " + answer.body());
            }
            orders.add(new RacedOrder(answer.json().path("orderNumber").asText(),
                    order.lines().stream().map(PlannedOrder.Line::sku).toList()));
        }
        return orders;
    }

    /** Every command on one order, to be sent at once. */
    private List<Runnable> commands(FaultContext context, ServiceCalls calls, Ledger ledger, RacedOrder order,
                                    SplittableRandom random, AtomicLong receiptIds) {
        String orders = context.orderServiceUrl() + "/api/orders/" + order.number();
        String lines = context.inventoryServiceUrl() + "/api/orders/" + order.number() + "/lines/";
        String receiptId = ledger.prefix() + "-R" + receiptIds.incrementAndGet();
        String receiptSku = order.skus().get(random.nextInt(order.skus().size()));
        int receiptUnits = 1 + random.nextInt(4);
        boolean cancelOrder = random.nextInt(5) == 0;
        boolean approveWhenComplete = random.nextBoolean();
        List<Runnable> commands = new ArrayList<>();
        commands.add(() -> send(calls, "ship", orders + "/ship", ""));
        commands.add(() -> {
            if (send(calls, "force backorder", lines + "1/force-backorder", "{}")) {
                ledger.forceAccepted();
            }
        });
        commands.add(() -> {
            if (send(calls, "cancel backorder", lines + "2/cancel-backorder", "{ \"quantity\": 1 }")) {
                ledger.backorderCancelAccepted();
            }
        });
        if (cancelOrder) {
            commands.add(() -> {
                if (send(calls, "cancel order", orders + "/cancel", "{ \"reason\": \"race\" }")) {
                    ledger.orderCancelled(order.number());
                }
            });
        }
        commands.add(() -> {
            String body = ServiceCalls.json(Map.of("receiptId", receiptId, "sku", receiptSku, "quantity",
                    receiptUnits, "scannerId", "faults-race"));
            if (send(calls, "receipt", context.inventoryServiceUrl() + "/api/receipts", body)) {
                ledger.receiptAccepted(receiptId, receiptSku, receiptUnits);
            }
        });
        commands.add(() -> send(calls, "fill", context.inventoryServiceUrl() + "/api/backorder-fills",
                ServiceCalls.json(Map.of("orderNumbers", List.of(), "skus", order.skus(),
                        "onlyCompletableOrders", false, "approveWhenComplete", approveWhenComplete))));
        commands.add(() -> {
            for (String split : splitOrdersOf(context, order.number())) {
                send(calls, "ship split order", context.orderServiceUrl() + "/api/orders/" + split + "/ship", "");
            }
        });
        return commands;
    }

    /** Sends a POST and counts its answer; true when it was accepted (2xx). */
    private boolean send(ServiceCalls calls, String command, String url, String body) {
        Tally tally = tallies.computeIfAbsent(command, name -> new Tally());
        try {
            ServiceCalls.Answer answer = calls.post(url, body);
            if (answer.ok()) {
                tally.accepted().incrementAndGet();
                return true;
            }
            (answer.status() < 500 ? tally.refused() : tally.failed()).incrementAndGet();
        } catch (IOException e) {
            tally.failed().incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static List<String> splitOrdersOf(FaultContext context, String original) {
        return query(context, "select order_number from order_view where original_order_number = ?", original);
    }

    private static List<String> splitOrders(FaultContext context, Ledger ledger) {
        return query(context, "select order_number from order_view where original_order_number is not null"
                + " and storefront_order_id like ?", ledger.prefix() + "%");
    }

    private static List<String> query(FaultContext context, String sql, String parameter) {
        List<String> numbers = new ArrayList<>();
        try (Connection connection = context.target().databases().connect("orders");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the split orders: " + e.getMessage(), e);
        }
        return numbers;
    }
}
