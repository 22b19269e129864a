package io.backorder.faults.scenario;

import io.backorder.faults.audit.Ledger;
import io.backorder.faults.audit.Quiescence;
import io.backorder.faults.audit.StateFingerprint;
import io.backorder.faults.inject.ConsumerGroupReset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A consumer group reset to the earliest offset: once the load is in and quiet, order-service and inventory-service
 * are stopped, their consumer groups set back to the start of every topic they read, and they are started again, so
 * they read everything once more. Checks: the state after is the state before, and the audit holds.
 */
final class GroupResetScenario implements FaultScenario {

    static final String NAME = "group-reset";
    static final Duration MEMBERS_LEAVE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "order-service's and inventory-service's consumer groups reset to the earliest offset, everything read"
                + " again: state unchanged, audit holds";
    }

    @Override
    public FaultResult run(FaultContext context) throws Exception {
        FaultResult.Builder result = new FaultResult.Builder(NAME);
        Ledger ledger = context.ledger("GR");
        MixedLoad.settled(context, ledger, NAME, 1, result);
        StateFingerprint before = StateFingerprint.take(context.target());

        List<String> services = List.copyOf(Quiescence.GROUPS.keySet());
        List<String> instances = services.stream().flatMap(service -> context.stack().instances(service).stream())
                .toList();
        allAtOnce(instances, instance -> context.stack().stopService(instance));
        long reread = 0;
        for (Map.Entry<String, List<String>> group : Quiescence.GROUPS.entrySet()) {
            reread += ConsumerGroupReset.toEarliest(context.stack().kafkaBootstrapServers(), group.getKey(),
                    group.getValue(), MEMBERS_LEAVE);
        }
        context.progress(NAME, "groups " + services + " reset to the earliest offset: " + reread
                + " records to read again; starting the services …");
        result.figure(Figure.count("records read again", reread));
        long restart = System.nanoTime();
        allAtOnce(instances, instance -> context.stack().startServiceAgain(instance));
        context.awaitQuiet();
        result.figure(Figure.seconds("restarted and read everything again in", Duration.ofNanos(System.nanoTime()
                - restart)));
        result.figure(Figure.count("restarts", instances.size()));
        result.check(DuplicatesScenario.unchanged("state unchanged by reading everything again", before,
                StateFingerprint.take(context.target())));
        return result.audit("after the groups read everything again", context.audit(ledger)).build();
    }

    /** Does {@code action} to every instance at once, as a deployment stops or starts them, and waits for all. */
    private static void allAtOnce(List<String> instances, Consumer<String> action) {
        CompletableFuture.allOf(instances.stream()
                .map(instance -> CompletableFuture.runAsync(() -> action.accept(instance)))
                .toArray(CompletableFuture[]::new)).join();
    }
}
