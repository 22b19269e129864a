package io.backorder.bench.scenario;

import io.backorder.bench.observe.ConsumerLag;
import io.backorder.bench.observe.StackQuiet;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.ScenarioReport;
import java.time.Duration;

/**
 * Waits, before a timed phase, until every service has digested what the phase before sent and the stack has gone
 * idle, and reports how long each took: the phase then measures itself, not the CPU that purchasing and reporting
 * still spend on an earlier backlog.
 */
final class Settling {

    private Settling() {
    }

    static void awaitCaughtUp(ScenarioContext context, ScenarioReport report, String scenario, String phase)
            throws Exception {
        context.progress(scenario, "waiting until every consumer has caught up …");
        try (ConsumerLag lag = new ConsumerLag(context.stack().kafkaBootstrapServers())) {
            Duration took = lag.awaitCaughtUp(context.timeout());
            String name = phase + ": every service caught up (consumer lag 0) after";
            report.add(took == null
                    ? new Measure(name, null, "s", null, "still behind after " + context.timeout().toSeconds() + " s")
                    : Measure.of(name, took.toMillis() / 1000.0, "s")
                            .withNote("not counted in the next phase; committed offsets trail by up to 5 s"));
        }
        awaitIdle(context, report, scenario, phase);
    }

    private static void awaitIdle(ScenarioContext context, ScenarioReport report, String scenario, String phase)
            throws InterruptedException {
        var pids = context.stack().cpuPids();
        if (pids.isEmpty()) {
            return; // an attached stack without its run directory: its processes are not known
        }
        context.progress(scenario, "waiting until the stack is idle …");
        Duration took = StackQuiet.of(pids).await(context.timeout());
        String name = phase + ": the stack idle (under a quarter of a core for 3 s) after a further";
        report.add(took == null
                ? new Measure(name, null, "s", null, "still busy after " + context.timeout().toSeconds() + " s")
                : Measure.of(name, took.toMillis() / 1000.0, "s").withNote("not counted in the next phase"));
    }
}
