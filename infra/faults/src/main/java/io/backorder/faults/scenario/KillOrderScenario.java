package io.backorder.faults.scenario;

import io.backorder.bench.workload.PlannedOrder;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.BatchImporter;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Progress;
import io.backorder.faults.load.Storefront;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * kill -9 of order-service in the middle of a large import: half of the orders come over storefront.orders, the
 * other half over {@code POST /api/order-imports} in batches (a batch that gets no answer is sent again, as a
 * storefront integration would); when half of all orders are imported, order-service is killed and started again.
 * Every order must be imported once, under one number, and taken in by inventory; the audit must hold.
 */
final class KillOrderScenario implements FaultScenario {

    static final String NAME = "kill-order";
    static final String SERVICE = "order-service";
    static final int BATCH = 250;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "kill -9 order-service when half of a large import (topic and HTTP batches) is in, start it again:"
                + " every order imported once and allocated; audit holds";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("KO");
        int count = context.options().importOrders();
        MixedLoad load = MixedLoad.plan(context, ledger, count, 0);
        load.defineItems(context);
        List<PlannedOrder> overTopic = load.orders.subList(0, count / 2);
        List<PlannedOrder> overHttp = load.orders.subList(count / 2, count);
        BatchImporter importer = new BatchImporter(context.calls(), context.orderServiceUrl());
        ExecutorService http = Executors.newSingleThreadExecutor();
        try (InputProducer producer = context.producer(NAME)) {
            context.progress(NAME, "importing " + count + " orders: " + overTopic.size() + " over the topic, "
                    + overHttp.size() + " in batches of " + BATCH + " over HTTP …");
            CompletableFuture<Void> batches = CompletableFuture.runAsync(() -> {
                try {
                    importer.importAll(overHttp, BATCH, ledger, context.timeout());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }, http);
            Storefront.send(producer, overTopic, 1, ledger, 0);
            producer.flush();

            Progress progress = context.progress(ledger);
            Progress.awaitAtLeast(progress::ordersImported, count / 2, context.timeout(), "orders imported");
            context.stack().killService(SERVICE);
            long killedAt = System.nanoTime();
            result.figure(Figure.count("orders sent (topic + HTTP)", count));
            result.figure(Figure.count("orders imported when killed", progress.ordersImported().orElse(-1)));
            context.progress(NAME, "killed " + SERVICE + " (kill -9); starting it again …");
            Duration ready = context.stack().startServiceAgain(SERVICE);
            result.figure(Figure.count("restarts", 1));
            result.figure(Figure.seconds("ready again after", ready));
            batches.join();
            Progress.awaitAtLeast(progress::ordersImported, count, context.timeout(), "orders imported");
            Progress.awaitAtLeast(progress::ordersPlaced, count, context.timeout(), "orders taken in by inventory");
            result.figure(Figure.seconds("all imported and allocated, from the kill",
                    Duration.ofNanos(System.nanoTime() - killedAt)));
            result.figure(Figure.count("HTTP batch calls that got no answer or a 5xx (sent again)", importer.retries()));
        } finally {
            http.shutdownNow();
        }
        result.figure(context.retriesLogged());
        return result.audit("after the restart", context.audit(ledger)).build();
    }
}
