package io.backorder.faults.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the audit catches what it is meant to catch: a consistent world passes every rule; breaking one fact
 * (a unit counted twice, an order never taken in, a refused receipt that kept its claim …) fails that rule, and says
 * what and where.
 */
class ConservationChecksTest {

    private final World world = new World();

    @Test
    void a_consistent_world_passes_every_rule_and_each_rule_looked_at_something() {
        List<Check> checks = world.checks().all();

        assertThat(checks).allSatisfy(check -> assertThat(check.discrepancies()).as(check.name()).isEmpty());
        assertThat(checks).filteredOn(check -> !check.name().equals("dead letters"))
                .allSatisfy(check -> assertThat(check.checked()).as(check.name()).isPositive());
    }

    @Test
    void on_hand_that_does_not_follow_from_the_stock_events_is_reported() {
        world.onHand = 7;

        assertThat(world.checks().stockOnHand().discrepancies()).singleElement().asString()
                .contains("item T-1", "= 6", "on hand shows 7");
    }

    @Test
    void more_units_allocated_than_are_on_hand_is_reported() {
        world.itemAllocated = 7;
        world.linesAllocated = 7;

        assertThat(world.checks().allocatedWithinOnHand().discrepancies()).singleElement().asString()
                .contains("item T-1", "7 allocated, 6 on hand");
    }

    @Test
    void an_item_whose_counts_are_not_the_sum_of_its_lines_is_reported() {
        world.itemBackordered = 0;

        assertThat(world.checks().itemsMatchTheirLines().discrepancies()).singleElement().asString()
                .contains("item T-1", "0 backordered", "need 1");
    }

    @Test
    void a_receipt_the_run_had_accepted_that_never_brought_its_units_is_reported() {
        world.received = 0;
        world.onHand = 3;
        world.stockReceived.clear();

        assertThat(world.checks().stockTheRunBrought().discrepancies()).singleElement().asString()
                .contains("item T-1", "3 units received", "5 and 0");
        assertThat(world.checks().receiptsTakenOnce().discrepancies()).singleElement().asString()
                .contains("receipt T-R1", "received as null");
    }

    @Test
    void a_receipt_received_twice_is_reported() {
        world.stockReceived.put("T-R1", new InventoryFacts.Received("T-R1", "T-1", 2, 6));

        assertThat(world.checks().receiptsTakenOnce().discrepancies()).singleElement().asString()
                .contains("receipt T-R1", "events=2");
    }

    @Test
    void a_refused_receipt_that_kept_its_receipt_id_claimed_is_reported() {
        world.ledger.receiptRefused("T-POISON");
        world.receiptRows.put("T-POISON", new InventoryFacts.ReceiptRow("T-POISON", "T-UNDEFINED", 7));

        assertThat(world.checks().receiptsTakenOnce().discrepancies()).singleElement().asString()
                .contains("refused receipt T-POISON left a trace");
    }

    @Test
    void a_line_that_counts_a_unit_twice_is_reported_on_the_side_that_does() {
        world.pageAllocated = 4;

        assertThat(world.checks().lineUnitsAddUp().discrepancies()).singleElement().asString()
                .contains("order 1001 line 1 (page)", "= 7, ordered 6");
        assertThat(world.checks().pageMatchesInventory().discrepancies()).singleElement().asString()
                .contains("page allocated/needed/shipped/cancelled/split off 4/1/2/0/0", "inventory 3/1/2/0");
    }

    @Test
    void a_page_that_disagrees_with_inventory_is_reported_even_when_both_add_up() {
        world.pageAllocated = 2;
        world.pageNeeded = 2;

        assertThat(world.checks().lineUnitsAddUp().discrepancies()).isEmpty();
        assertThat(world.checks().pageMatchesInventory().discrepancies()).singleElement().asString()
                .contains("order 1001 line 1");
    }

    @Test
    void units_filled_for_a_split_that_never_reached_the_split_order_are_reported() {
        world.invAllocated = 1;
        world.pageAllocated = 1;
        world.filledForSplit = 2;
        world.transferredOut = 2;
        world.pageSplitOff = 2;
        world.itemAllocated = 1;
        world.linesAllocated = 1;
        // no BackorderOrderCreated line for them on order-service's side

        assertThat(world.checks().pageMatchesInventory().discrepancies()).singleElement().asString()
                .contains("split orders' lines 0");
    }

    @Test
    void a_line_one_service_knows_and_the_other_does_not_is_reported() {
        world.inventoryHasTheLine = false;

        assertThat(world.checks().pageMatchesInventory().discrepancies()).singleElement().asString()
                .contains("order 1001 line 1 is on the page but inventory has no allocation for it");
    }

    @Test
    void an_order_sent_but_never_imported_is_reported() {
        world.ledger.orderSent("T-O2");

        assertThat(world.checks().ordersImportedOnce().discrepancies()).singleElement().asString()
                .contains("storefront order T-O2", "imported 0 time(s)");
    }

    @Test
    void an_order_imported_twice_or_never_taken_in_by_inventory_is_reported() {
        world.imports.put("T-O1", 2);
        world.placedOrders.clear();

        assertThat(world.checks().ordersImportedOnce().discrepancies()).singleElement().asString()
                .contains("imported 2 time(s)", "not taken in by inventory");
    }

    @Test
    void a_shipment_line_answered_twice_by_inventory_is_reported() {
        world.inventoryAnswers.add(new ShipmentAnswer("S1", World.LINE, true, 2));

        assertThat(world.checks().shipmentsAnsweredOnce().discrepancies()).singleElement().asString()
                .contains("shipment S1 order 1001 line 1");
    }

    @Test
    void units_inventory_shipped_that_the_order_never_recorded_are_reported() {
        world.orderAnswers.clear();
        world.awaitingShipment.add("1001");

        assertThat(world.checks().shipmentsAnsweredOnce().discrepancies()).hasSize(2)
                .anySatisfy(found -> assertThat(found).contains("the order recorded []"))
                .anySatisfy(found -> assertThat(found).contains("order 1001 still waits"));
    }

    @Test
    void a_force_inventory_accepted_without_its_event_is_reported() {
        world.ledger.forceAccepted();

        assertThat(world.checks().commandsTakenOnce().discrepancies()).singleElement().asString()
                .contains("forced backorders", "expected 1, found 0");
    }

    @Test
    void an_order_cancelled_that_the_run_never_cancelled_is_reported() {
        world.cancellations.put("1001", 1);

        assertThat(world.checks().commandsTakenOnce().discrepancies()).singleElement().asString()
                .contains("order 1001 OrderCancelled events: expected 0, found 1");
    }

    @Test
    void an_unexpected_dead_letter_and_a_missing_one_are_both_reported() {
        world.deadLetters.add(new DeadLetterSeen("inventory-service", 4, "inventory-service.warehouse-receipts",
                "warehouse.receipts", "T-1", "could not read", null));
        world.ledger.expectDeadLetter(new Ledger.ExpectedDeadLetter("inventory-service", "warehouse.receipts",
                "T-UNDEFINED", "a receipt for an item nobody defined"));

        assertThat(world.checks().onlyExpectedDeadLetters().discrepancies()).hasSize(2)
                .anySatisfy(found -> assertThat(found).contains("dead letter 4", "not expected"))
                .anySatisfy(found -> assertThat(found).contains("expected a dead letter", "T-UNDEFINED"));
    }

    @Test
    void a_dead_letter_kept_before_the_run_began_is_not_the_runs_to_answer_for() {
        world.deadLetters.add(new DeadLetterSeen("inventory-service", 4, "inventory-service.warehouse-receipts",
                "warehouse.receipts", "OTHER-1", "could not read", null));
        world.ledger.deadLettersBefore("inventory-service", 4);

        assertThat(world.checks().onlyExpectedDeadLetters().discrepancies()).isEmpty();
    }

    @Test
    void an_outbox_with_unsent_or_set_aside_events_is_reported() {
        world.orderStore = new StoreHealth("order-service", 8, List.of(), 2, 1);

        assertThat(world.checks().outboxesDrained().discrepancies()).singleElement().asString()
                .contains("order-service: 2 unpublished, 1 set aside");
    }

    @Test
    void a_version_stored_twice_is_reported() {
        world.inventoryStore = new StoreHealth("inventory-service", 10, List.of("StockItem T-1 v3 ×2"), 0, 0);

        assertThat(world.checks().eventsStoredOnce().discrepancies()).singleElement().asString()
                .contains("StockItem T-1 v3 ×2");
    }
}
