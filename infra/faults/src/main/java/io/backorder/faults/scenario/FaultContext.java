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
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a fault run works with: the stack (to load, strike and audit), the sizes, the console, and the run's id, which
 * goes into every sku, storefront order id and receipt id, so that runs sharing a stack (the quick runs in
 * {@code mvn verify}) never meet.
 */
public record FaultContext(LocalStack stack, FaultOptions options, PrintStream out, String runId) {

    /** What infra/eventing's InboxConsumer logs each time a record failed and waits before it is tried again. */
    static final String RETRY_LOG_MARK = "failed (attempt ";
    /** What the Kafka clients' NetworkClient logs for each failed connection. */
    static final String BROKER_UNREACHABLE_LOG_MARK = "could not be established";

    public AuditTarget target() {
        return AuditTarget.of(stack);
    }

    /**
     * A fresh ledger for a scenario: its prefix is the scenario's tag and the run's id; dead letters already kept
     * on the stack are not the scenario's.
     */
    public Ledger ledger(String tag) throws IOException, InterruptedException {
        return ConservationAudit.of(target()).newLedger(tag + runId);
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

    /**
     * Inbox retries the services logged so far (the InboxConsumer's "failed (attempt n …)" lines, in every instance's
     * log): evidence that a fault was felt, and waited out rather than skipped.
     */
    public Figure retriesLogged() {
        return Figure.count("inbox retries the services logged (failed, waited, tried again)",
                linesLogged(RETRY_LOG_MARK));
    }

    /** Times the services' Kafka clients logged that they could not reach the broker. */
    public Figure brokerUnreachableLogged() {
        return Figure.count("times the services' Kafka clients found the broker unreachable (their logs)",
                linesLogged(BROKER_UNREACHABLE_LOG_MARK));
    }

    /** Lines containing {@code mark} in the logs of every instance of order-service and inventory-service. */
    private long linesLogged(String mark) {
        long lines = 0;
        for (String service : List.of("order-service", "inventory-service")) {
            for (String instance : stack.instances(service)) {
                try (Stream<String> log = Files.lines(stack.logFile(instance))) {
                    lines += log.filter(line -> line.contains(mark)).count();
                } catch (IOException | UncheckedIOException e) {
                    // no log yet: nothing logged
                }
            }
        }
        return lines;
    }

    public void progress(String scenario, String line) {
        out.println("[faults] " + scenario + ": " + line);
        out.flush();
    }
}
