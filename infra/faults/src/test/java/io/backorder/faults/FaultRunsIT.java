package io.backorder.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.devstack.LocalStack;
import io.backorder.devstack.StackOptions;
import io.backorder.faults.audit.AuditReport;
import io.backorder.faults.audit.AuditTarget;
import io.backorder.faults.audit.Check;
import io.backorder.faults.audit.ConservationAudit;
import io.backorder.faults.audit.Ledger;
import io.backorder.faults.scenario.FaultContext;
import io.backorder.faults.scenario.FaultResult;
import io.backorder.faults.scenario.Scenarios;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's quick fault runs, on one stack of real processes shared by all of them (each keeps to its own skus,
 * storefront order ids and receipt ids): every message delivered twice, a consumer group read again from the start,
 * poison among hundreds of receipts, ship, split, force and cancel racing on the same orders. Each ends with the
 * conservation audit, which must find nothing. The long runs (kill -9, restarts of the broker and PostgreSQL,
 * rebalances, 10,000 messages) are {@code ./faults.sh}'s.
 */
class FaultRunsIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static LocalStack stack;
    private static FaultContext context;

    @BeforeAll
    static void startTheStack() throws Exception {
        Path repo = Path.of(System.getProperty("backorder.repo.root", "../..")).toAbsolutePath().normalize();
        Path runDir = Files.createTempDirectory(Path.of("target"), "faults-it-").toAbsolutePath();
        PrintStream log = new PrintStream(Files.newOutputStream(runDir.resolve("faults.out")), true);
        stack = LocalStack.start(new StackOptions(repo, runDir, StackOptions.freePortOffset(), false, null), log);
        context = new FaultContext(stack, FaultOptions.quick(TIMEOUT), log,
                Long.toString(System.currentTimeMillis() / 1000 % 10_000_000, 36).toUpperCase());
    }

    @AfterAll
    static void stopTheStack() {
        stack.close();
    }

    @Test
    void every_message_delivered_twice_leaves_the_state_as_it_was() throws Exception {
        assertHoldsWithSomethingChecked(Scenarios.named("duplicates").run(context));
    }

    @Test
    void a_consumer_group_read_again_from_the_earliest_offset_leaves_the_state_as_it_was() throws Exception {
        assertHoldsWithSomethingChecked(Scenarios.named("group-reset").run(context));
    }

    @Test
    void poison_among_hundreds_of_receipts_is_dead_lettered_with_its_reason_and_leaves_no_trace_until_sent_again()
            throws Exception {
        FaultResult result = Scenarios.named("poison").run(context);

        assertHoldsWithSomethingChecked(result);
        assertThat(result.ownChecks()).extracting(Check::name)
                .containsExactly("on the dead-letter topic", "dead letters sent again");
        assertThat(result.audits()).hasSize(2);
    }

    @Test
    void ship_split_force_and_cancel_racing_on_the_same_orders_leave_every_unit_accounted_for() throws Exception {
        assertHoldsWithSomethingChecked(Scenarios.named("race").run(context));
    }

    @Test
    void the_audit_reports_units_on_hand_that_no_event_explains() throws Exception {
        Ledger ledger = context.ledger("AU");
        String sku = ledger.prefix() + "-1";
        ServiceCalls.Answer defined = context.calls().put(context.inventoryServiceUrl() + "/api/items/" + sku,
                "{ \"description\": \"audited\", \"tracked\": true, \"discontinued\": false,"
                        + " \"initialQuantityOnHand\": 4 }");
        assertThat(defined.status()).isEqualTo(201);
        ledger.defined(sku, 4);
        ConservationAudit audit = ConservationAudit.of(AuditTarget.of(stack));
        assertThat(audit.run(ledger, TIMEOUT).holds()).as("before the shelf is miscounted").isTrue();

        shiftOnHand(sku, 1);
        AuditReport miscounted;
        try {
            miscounted = audit.run(ledger, TIMEOUT);
        } finally {
            shiftOnHand(sku, -1);
        }

        assertThat(miscounted.holds()).isFalse();
        assertThat(miscounted.checks()).filteredOn(check -> !check.holds()).extracting(Check::name)
                .contains("stock on hand");
        assertThat(miscounted.render()).contains("item " + sku + ": 4 initial + 0 received + 0 adjusted − 0 shipped"
                + " = 4, but on hand shows 5");
    }

    /** Moves an item's on-hand count in inventory's view behind the service's back. */
    private static void shiftOnHand(String sku, int delta) throws Exception {
        try (Connection connection = AuditTarget.of(stack).databases().connect("inventory");
             PreparedStatement update = connection.prepareStatement(
                     "update item_view set on_hand = on_hand + ? where sku = ?")) {
            update.setInt(1, delta);
            update.setString(2, sku);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void assertHoldsWithSomethingChecked(FaultResult result) {
        assertThat(result.discrepancies()).as(result.scenario()).isEmpty();
        assertThat(result.holds()).isTrue();
        assertThat(result.audits()).isNotEmpty().allSatisfy(audit -> {
            assertThat(audit.report().checked()).as(audit.when()).isGreaterThan(100);
            assertThat(audit.report().checks()).extracting(Check::name).contains("quiet", "line units add up",
                    "receipts taken once", "page = inventory");
        });
    }
}
