package io.backorder.faults.scenario;

import io.backorder.devstack.LocalStack;
import io.backorder.faults.FaultOptions;
import io.backorder.faults.ServiceCalls;
import io.backorder.faults.audit.AuditReport;
import io.backorder.faults.audit.AuditTarget;
import io.backorder.faults.audit.ConservationAudit;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.audit.Quiescence;
import io.backorder.faults.load.InputProducer;
import io.backorder.faults.load.Progress;
import java.io.PrintStream;
import java.time.Duration;

/**
 * What a fault run works with: the stack (to load, strike and audit), the sizes, the console, and the run's id, which
 * goes into every sku, storefront order id and receipt id, so that runs sharing a stack (the quick runs in
 * {@code mvn verify}) never meet.
 */
public record FaultContext(LocalStack stack, FaultOptions options, PrintStream out, String runId) {

    public AuditTarget target() {
        return AuditTarget.of(stack);
    }

    /** A fresh ledger for a scenario: its prefix is the scenario's tag and the run's id. */
    public Ledger ledger(String tag) {
        return new Ledger(tag + runId);
    }

    public Duration timeout() {
        return Duration.ofSeconds(options.timeoutSeconds());
    }

    public ServiceCalls calls() {
        return new ServiceCalls();
    }

    public String orderServiceUrl() {
        return stack.serviceUrl("order-service");
    }

    public String inventoryServiceUrl() {
        return stack.serviceUrl("inventory-service");
    }

    public InputProducer producer(String scenario) {
        return new InputProducer(stack.kafkaBootstrapServers(), "faults-" + scenario);
    }

    public Progress progress(Ledger ledger) {
        return new Progress(target().databases(), ledger.prefix());
    }

    /** The conservation audit, once the services are quiet (waiting at most the timeout for that). */
    public AuditReport audit(Ledger ledger) throws InterruptedException {
        return ConservationAudit.of(target()).run(ledger, timeout());
    }

    /**
     * Waits until the services are quiet.
     *
     * @return how long that took
     * @throws IllegalStateException if they are not within the timeout
     */
    public Duration awaitQuiet() throws InterruptedException {
        try (Quiescence quiescence = new Quiescence(target())) {
            Quiescence.Outcome outcome = quiescence.await(timeout());
            if (!outcome.quiet()) {
                throw new IllegalStateException("not quiet after " + timeout().toSeconds() + " s: " + outcome.last());
            }
            return outcome.took();
        }
    }

    public void progress(String scenario, String line) {
        out.println("[faults] " + scenario + ": " + line);
        out.flush();
    }
}
