package io.backorder.faults.scenario;

import io.backorder.devstack.ServiceProcess;
import io.backorder.faults.audit.Check;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Progress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Two instances of each consuming service (order-service, inventory-service) share their consumer groups; while
 * orders and receipts arrive, one instance of each is stopped and started again, so their partitions move to the
 * other and back (two rebalances each). Nothing may be lost or doubled; both instances must have handled records;
 * the audit must hold.
 */
final class RebalanceScenario implements FaultScenario {

    static final String NAME = "rebalance";
    static final List<String> SERVICES = List.of("inventory-service", "order-service");
    /** Long enough that input still arrives after both instances are back (a restart takes 10-40 s). */
    static final Duration SEND_SPAN = Duration.ofSeconds(120);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "two instances of order-service and of inventory-service; one of each stopped and started again while"
                + " orders and receipts arrive: nothing lost or doubled; audit holds";
    }

    @Override
    public boolean needsSecondInstances() {
        return true;
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("RB");
        MixedLoad load = MixedLoad.plan(context, ledger, context.options().orders(), context.options().orders());
        load.defineItems(context);
        Progress progress = context.progress(ledger);
        int restarts = 0;
        List<String> killedAfterTheGrace = new ArrayList<>();
        try (InputProducer producer = context.producer(NAME)) {
            context.progress(NAME, "sending " + load.messages() + " orders and receipts over " + SEND_SPAN.toSeconds()
                    + " s to two instances of each service …");
            long sendingFrom = System.nanoTime();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> load.sendPaced(producer, 1, SEND_SPAN));
            int step = 0;
            for (String service : SERVICES) {
                step++;
                Progress.awaitAtLeast(progress::ordersImported, (long) load.orders.size() * step / 4,
                        context.timeout(), "orders imported");
                List<String> instances = context.stack().instances(service);
                String second = instances.get(instances.size() - 1);
                long stoppedAt = System.nanoTime();
                if (!context.stack().stopService(second)) {
                    killedAfterTheGrace.add(second + " did not shut down within "
                            + ServiceProcess.STOP_GRACE.toSeconds() + " s of SIGTERM and was killed");
                }
                context.progress(NAME, "stopped " + second + " (its partitions move to the other); starting it again …");
                context.stack().startServiceAgain(second);
                restarts++;
                result.figure(Figure.seconds(second + " stopped and back in", Duration.ofNanos(System.nanoTime()
                        - stoppedAt)));
            }
            sending.join();
            result.figure(Figure.count("messages sent", load.messages()));
            result.figure(Figure.count("restarts (two rebalances each)", restarts));
            load.awaitTakenIn(context);
            result.figure(Figure.seconds("all taken in, from the first message",
                    Duration.ofNanos(System.nanoTime() - sendingFrom)));
        }
        result.check(new Check("stopped gracefully", "an instance stopped with SIGTERM shuts down by itself (its"
                + " consumers leave what they cannot finish to the other instance), not killed after the grace",
                restarts, killedAfterTheGrace));
        for (String service : SERVICES) {
            for (String instance : context.stack().instances(service)) {
                result.figure(Figure.text("records handled by " + instance, handled(context,
                        context.stack().instanceUrl(instance))));
            }
        }
        result.figure(context.retriesLogged());
        return result.audit("after the rebalances", context.audit(ledger)).build();
    }

    /** What an instance's metrics say its inbox consumers handled since it (last) started. */
    private static String handled(FaultContext context, String url) {
        try {
            double sum = context.calls().get(url + "/q/metrics").body().lines()
                    .filter(line -> line.startsWith("backorder_inbox_handled_total{"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
            return String.format(java.util.Locale.ROOT, "%,.0f (since its last start)", sum);
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }
}
