package io.backorder.faults.audit;

import io.backorder.faults.ServiceCalls;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 8's conservation audit of a running stack: waits until the services are quiet, reads both services'
 * databases (one snapshot each), their dead letters and a sample of their HTTP answers, and checks every rule of
 * {@link ConservationChecks} against what the run's {@link Ledger} says was sent and accepted.
 *
 * <pre>{@code
 * AuditReport report = ConservationAudit.of(AuditTarget.of(stack)).run(ledger, Duration.ofMinutes(5));
 * System.out.print(report.render());
 * }</pre>
 */
public final class ConservationAudit {

    /** Orders and items whose HTTP answers are compared with the databases. */
    public static final int API_SAMPLE = 100;

    private final AuditTarget target;
    private final ServiceCalls calls = new ServiceCalls();

    private ConservationAudit(AuditTarget target) {
        this.target = target;
    }

    public static ConservationAudit of(AuditTarget target) {
        return new ConservationAudit(target);
    }

    /**
     * A ledger for a run that begins now on this stack: it knows the dead letters already kept, which are not the
     * run's to answer for.
     *
     * @param prefix what every sku, storefront order id and receipt id of the run starts with
     */
    public Ledger newLedger(String prefix) throws IOException, InterruptedException {
        Ledger ledger = new Ledger(prefix);
        ledger.deadLettersBefore("order-service", DeadLetterReader.newestId(calls, target.orderServiceUrl()));
        ledger.deadLettersBefore("inventory-service", DeadLetterReader.newestId(calls, target.inventoryServiceUrl()));
        return ledger;
    }

    /**
     * Audits once the services are quiet, or after {@code quietTimeout} anyway (a stack that never falls quiet is a
     * finding of its own: the rule "quiet" fails with where things stood).
     */
    public AuditReport run(Ledger ledger, Duration quietTimeout) throws InterruptedException {
        Quiescence.Outcome quiet;
        try (Quiescence quiescence = new Quiescence(target)) {
            quiet = quiescence.await(quietTimeout);
        }
        List<Check> checks = new ArrayList<>();
        checks.add(new Rule("quiet", "every record consumed, every event published, nothing more written")
                .expect(quiet.quiet(), "not quiet after " + quietTimeout.toSeconds() + " s: " + quiet.last()).done());
        try {
            InventoryFacts inventory;
            OrderFacts orders;
            try (Connection connection = target.databases().connect(AuditTarget.INVENTORY_DATABASE)) {
                inventory = InventoryFactsReader.read(connection);
            }
            try (Connection connection = target.databases().connect(AuditTarget.ORDERS_DATABASE)) {
                orders = OrderFactsReader.read(connection);
            }
            List<DeadLetterSeen> deadLetters = new ArrayList<>();
            deadLetters.addAll(DeadLetterReader.read(calls, "order-service", target.orderServiceUrl()));
            deadLetters.addAll(DeadLetterReader.read(calls, "inventory-service", target.inventoryServiceUrl()));
            checks.addAll(new ConservationChecks(inventory, orders, deadLetters, ledger).all());
            checks.add(new ApiViews(calls, target, API_SAMPLE).check(inventory, orders));
        } catch (SQLException | IOException e) {
            checks.add(new Rule("readable", "the databases and APIs answer the audit")
                    .expect(false, "could not read: " + e).done());
        }
        return new AuditReport(checks, quiet.took());
    }
}
