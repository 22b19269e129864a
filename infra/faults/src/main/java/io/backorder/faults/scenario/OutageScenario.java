package io.backorder.faults.scenario;

import io.backorder.faults.audit.Ledger;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Progress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The broker, or PostgreSQL, stopped in the middle of a run and started again after an outage: storefronts and
 * scanners keep sending (their producer waits for the broker), the services' consumers and relays must wait too and
 * then go on, losing nothing and doubling nothing. The audit must hold.
 */
final class OutageScenario implements FaultScenario {

    /** What goes down. */
    enum Part {
        KAFKA("restart-kafka", "the Kafka broker"),
        POSTGRES("restart-postgres", "PostgreSQL");

        final String scenario;
        final String words;

        Part(String scenario, String words) {
            this.scenario = scenario;
            this.words = words;
        }
    }

    /** How long the input takes to send: long enough for the outage to fall in its middle. */
    static final Duration SEND_SPAN = Duration.ofSeconds(30);

    private final Part part;

    OutageScenario(Part part) {
        this.part = part;
    }

    @Override
    public String name() {
        return part.scenario;
    }

    @Override
    public String description() {
        return part.words + " stopped while orders and receipts arrive, started again after the outage: everything"
                + " taken in once; audit holds";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(name());
        Ledger ledger = context.ledger(part == Part.KAFKA ? "RK" : "RP");
        MixedLoad load = MixedLoad.plan(context, ledger, context.options().orders(), context.options().orders());
        load.defineItems(context);
        Duration outage = Duration.ofSeconds(context.options().outageSeconds());
        try (InputProducer producer = context.producer(name())) {
            context.progress(name(), "sending " + load.messages() + " orders and receipts over "
                    + SEND_SPAN.toSeconds() + " s …");
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> load.sendPaced(producer, 1, SEND_SPAN));
            Progress.awaitAtLeast(context.progress(ledger)::ordersImported, load.orders.size() / 3, context.timeout(),
                    "orders imported");
            long downAt = System.nanoTime();
            stop(context);
            context.progress(name(), part.words + " stopped; up again in " + outage.toSeconds() + " s …");
            Thread.sleep(outage.toMillis());
            Duration starting = start(context);
            long upAt = System.nanoTime();
            result.figure(Figure.count("messages sent", load.messages()));
            result.figure(Figure.count("restarts", 1));
            result.figure(Figure.seconds(part.words + " down for", Duration.ofNanos(upAt - downAt)));
            result.figure(Figure.seconds(part.words + " starting took", starting));
            sending.join();
            load.awaitTakenIn(context);
            result.figure(Figure.seconds("all taken in, from its return", Duration.ofNanos(System.nanoTime() - upAt)));
            context.awaitQuiet();
            result.figure(Figure.seconds("quiet, from its return", Duration.ofNanos(System.nanoTime() - upAt)));
        }
        result.figure(context.retriesLogged());
        if (part == Part.KAFKA) {
            result.figure(context.brokerUnreachableLogged());
        }
        return result.audit("after the outage", context.audit(ledger)).build();
    }

    private void stop(FaultContext context) {
        if (part == Part.KAFKA) {
            context.stack().stopKafka();
        } else {
            context.stack().stopPostgres();
        }
    }

    private Duration start(FaultContext context) {
        return part == Part.KAFKA ? context.stack().startKafkaAgain() : context.stack().startPostgresAgain();
    }
}
