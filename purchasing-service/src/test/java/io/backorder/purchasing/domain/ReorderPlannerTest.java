package io.backorder.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReorderPlannerTest {

    private static final SupplierTerms ACME_SINGLES = terms("ACME", 1, 1, 0);

    @Test
    void a_sku_is_bought_for_the_units_its_waiting_lines_need() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(demand("SKU123", 0, 3, 0, ACME_SINGLES)), null);

        assertThat(plan.bySupplier().get("ACME")).extracting(ReorderPlanner.PlannedLine::sku,
                ReorderPlanner.PlannedLine::quantity).containsExactly(tuple("SKU123", 3));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void the_reorder_point_adds_what_brings_available_stock_back_up_to_it() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(
                demand("LOW", 1, 0, 0, terms("ACME", 1, 1, 5)),
                demand("LOW-AND-WAITING", 0, 2, 0, terms("ACME", 1, 1, 4)),
                demand("AT-POINT", 4, 0, 0, terms("ACME", 1, 1, 4))), null);

        assertThat(quantities(plan, "ACME")).containsExactly(tuple("LOW", 4), tuple("LOW-AND-WAITING", 6));
    }

    @Test
    void units_available_above_the_reorder_point_count_against_the_waiting_lines() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(
                demand("RECEIVED-NOT-FILLED", 6, 10, 4, ACME_SINGLES),
                demand("SOME-ON-THE-SHELF", 3, 5, 0, terms("ACME", 1, 1, 1))), null);

        assertThat(quantities(plan, "ACME")).containsExactly(tuple("SOME-ON-THE-SHELF", 3));
        assertThat(plan.skipped()).containsExactly(
                new ReorderPlanner.SkippedItem("RECEIVED-NOT-FILLED", SkipReason.ALREADY_ON_ORDER, 4));
    }

    @Test
    void the_quantity_is_raised_to_the_suppliers_minimum() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(
                demand("SMALL", 0, 2, 0, terms("ACME", 10, 1, 0)),
                demand("LARGE", 0, 12, 0, terms("ACME", 10, 1, 0))), null);

        assertThat(quantities(plan, "ACME")).containsExactly(tuple("LARGE", 12), tuple("SMALL", 10));
    }

    @Test
    void the_quantity_is_rounded_up_to_whole_lots_after_the_minimum() {
        assertThat(ReorderPlanner.orderQuantity(1, 1, 12)).isEqualTo(12);
        assertThat(ReorderPlanner.orderQuantity(12, 1, 12)).isEqualTo(12);
        assertThat(ReorderPlanner.orderQuantity(13, 1, 12)).isEqualTo(24);
        assertThat(ReorderPlanner.orderQuantity(3, 7, 5)).as("minimum 7, then lots of 5").isEqualTo(10);
        assertThat(ReorderPlanner.orderQuantity(0, 7, 5)).as("nothing short, nothing bought").isZero();
        assertThat(ReorderPlanner.orderQuantity(-4, 7, 5)).isZero();
    }

    @Test
    void what_is_already_on_order_is_not_bought_again() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(
                demand("PARTLY", 0, 10, 6, ACME_SINGLES),
                demand("COVERED", 0, 10, 10, ACME_SINGLES),
                demand("ROUNDED-BEFORE", 0, 5, 12, terms("ACME", 1, 12, 0))), null);

        assertThat(quantities(plan, "ACME")).containsExactly(tuple("PARTLY", 4));
        assertThat(plan.skipped()).containsExactly(
                new ReorderPlanner.SkippedItem("COVERED", SkipReason.ALREADY_ON_ORDER, 10),
                new ReorderPlanner.SkippedItem("ROUNDED-BEFORE", SkipReason.ALREADY_ON_ORDER, 5));
    }

    @Test
    void discontinued_untracked_and_supplierless_items_are_listed_with_the_reason_not_bought() {
        List<ItemDemand> items = List.of(
                new ItemDemand("GONE", true, true, 0, 3, 0, 0, ACME_SINGLES),
                new ItemDemand("ALWAYS-IN-STOCK", false, false, 0, 0, 0, 0, terms("ACME", 1, 1, 2)),
                new ItemDemand("ORPHAN", true, false, 0, 4, 4, 1, null),
                new ItemDemand("ORPHAN-NOT-SHORT", true, false, 5, 4, 4, 0, null));

        ReorderPlanner.Plan plan = ReorderPlanner.plan(items, null);

        assertThat(plan.bySupplier()).isEmpty();
        assertThat(plan.skipped()).containsExactly(
                new ReorderPlanner.SkippedItem("ALWAYS-IN-STOCK", SkipReason.UNTRACKED, 2),
                new ReorderPlanner.SkippedItem("GONE", SkipReason.DISCONTINUED, 3),
                new ReorderPlanner.SkippedItem("ORPHAN", SkipReason.NO_SUPPLIER, 3));
    }

    @Test
    void backorders_taken_while_do_backorders_was_off_are_not_bought() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(
                List.of(new ItemDemand("NOT-REPLENISHED", true, false, 0, 5, 2, 0, ACME_SINGLES)), null);

        assertThat(quantities(plan, "ACME")).containsExactly(tuple("NOT-REPLENISHED", 2));
    }

    @Test
    void one_draft_per_supplier_and_only_the_asked_suppliers_items_besides_the_supplierless_ones() {
        List<ItemDemand> items = List.of(
                demand("A-1", 0, 1, 0, terms("ACME", 1, 1, 0)),
                demand("B-1", 0, 2, 0, terms("BOLT", 1, 1, 0)),
                demand("A-2", 0, 3, 0, terms("ACME", 1, 1, 0)),
                demand("NOBODY", 0, 1, 0, null));

        ReorderPlanner.Plan all = ReorderPlanner.plan(items, null);
        ReorderPlanner.Plan bolt = ReorderPlanner.plan(items, "BOLT");

        assertThat(all.bySupplier().keySet()).containsExactly("ACME", "BOLT");
        assertThat(quantities(all, "ACME")).containsExactly(tuple("A-1", 1), tuple("A-2", 3));
        assertThat(bolt.bySupplier().keySet()).containsExactly("BOLT");
        assertThat(bolt.skipped()).extracting(ReorderPlanner.SkippedItem::sku).containsExactly("NOBODY");
    }

    @Test
    void each_line_says_why_it_orders_what_it_orders() {
        ReorderPlanner.Plan plan = ReorderPlanner.plan(List.of(demand("SKU123", 1, 3, 2, terms("ACME", 5, 5, 2))),
                null);

        assertThat(plan.bySupplier().get("ACME").get(0).basis())
                .isEqualTo(new ReorderPlanner.Basis(3, 2, 1, 2, 2, 5, 5));
        assertThat(plan.bySupplier().get("ACME").get(0).quantity()).isEqualTo(5);
    }

    private static List<org.assertj.core.groups.Tuple> quantities(ReorderPlanner.Plan plan, String supplier) {
        return plan.bySupplier().getOrDefault(supplier, List.of()).stream()
                .map(line -> tuple(line.sku(), line.quantity())).toList();
    }

    private static ItemDemand demand(String sku, int available, int waiting, int onOrder, SupplierTerms terms) {
        return new ItemDemand(sku, true, false, available, waiting, waiting, onOrder, terms);
    }

    private static SupplierTerms terms(String supplier, int minimum, int lot, int reorderPoint) {
        return new SupplierTerms(supplier, new BigDecimal("7.40"), minimum, lot, reorderPoint);
    }
}
