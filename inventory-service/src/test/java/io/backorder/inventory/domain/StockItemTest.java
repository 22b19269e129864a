package io.backorder.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockItemTest {

    private static final AllocationPolicy CHECK = AllocationPolicy.defaults();
    private static final LineRef A = new LineRef("1001", 1);
    private static final LineRef B = new LineRef("1002", 1);
    private static final LineRef C = new LineRef("1003", 1);

    @Test
    void defining_an_item_brings_its_initial_units_on_hand() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 5);

        assertThat(item.defined()).isTrue();
        assertThat(item.onHand()).isEqualTo(5);
        assertThat(item.available()).isEqualTo(5);
    }

    @Test
    void the_seed_example_allocates_what_is_on_hand_in_arrival_order_and_backorders_the_rest() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 5);

        assertThat(decide(item, A, 4)).containsExactly(new StockAllocated("SKU123", "1001", 1, 4));
        assertThat(decide(item, B, 2)).containsExactly(new StockAllocated("SKU123", "1002", 1, 1),
                new LineBackordered("SKU123", "1002", 1, 1, BackorderReason.OUT_OF_STOCK, true));
        assertThat(decide(item, C, 2)).containsExactly(
                new LineBackordered("SKU123", "1003", 1, 2, BackorderReason.OUT_OF_STOCK, true));
        assertThat(item.totalAllocated()).isEqualTo(5);
        assertThat(item.totalNeeded()).isEqualTo(3);
        assertThat(item.available()).isZero();
    }

    @Test
    void a_line_for_an_item_nobody_defined_is_backordered_not_dropped() {
        StockItem unknown = StockItem.replay("SKU-NEVER", List.of());

        assertThat(decide(unknown, A, 3)).containsExactly(
                new LineBackordered("SKU-NEVER", "1001", 1, 3, BackorderReason.OUT_OF_STOCK, true));
        assertThat(unknown.defined()).isFalse();
    }

    @Test
    void a_discontinued_item_backorders_lines_that_will_not_be_replenished() {
        StockItem item = item("OLD", new ItemSpec("Old model", true, true), 0);

        assertThat(decide(item, A, 1)).containsExactly(
                new LineBackordered("OLD", "1001", 1, 1, BackorderReason.OUT_OF_STOCK, false));
    }

    @Test
    void without_checking_inventory_every_line_is_allocated_in_full() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 1);

        assertThat(item.allocate(A, 4, new AllocationPolicy(false, true, false)))
                .containsExactly(new StockAllocated("SKU123", "1001", 1, 4));
    }

    @Test
    void an_untracked_item_is_always_in_stock() {
        StockItem item = item("GIFTCARD", new ItemSpec("Gift card", false, false), 0);

        assertThat(decide(item, A, 10)).containsExactly(new StockAllocated("GIFTCARD", "1001", 1, 10));
    }

    @Test
    void a_line_is_served_only_once() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 5);
        decide(item, A, 4);

        assertThat(item.allocate(A, 4, CHECK)).isEmpty();
        assertThat(item.available()).isEqualTo(1);
    }

    @Test
    void changing_an_item_records_only_a_real_change() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 5);

        assertThat(item.define(new ItemSpec("Blue widget", true, false), 99)).isEmpty();
        assertThat(item.define(new ItemSpec("Blue widget", true, true), 99)).hasSize(1);
    }

    @Test
    void without_backorder_counts_a_short_line_still_needs_its_units_but_is_not_replenished() {
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 0);

        assertThat(item.allocate(A, 2, new AllocationPolicy(true, false, false))).containsExactly(
                new LineBackordered("SKU123", "1001", 1, 2, BackorderReason.OUT_OF_STOCK, false));
    }

    @Test
    void a_presold_line_that_was_backordered_sets_the_storefronts_count_back_to_zero() {
        AllocationPolicy sync = new AllocationPolicy(true, true, true);
        StockItem item = item("SKU123", new ItemSpec("Blue widget", true, false), 1);
        List<EventData> allocation = item.allocate(A, 3, sync);

        assertThat(item.syncStorefront("web", -2, allocation, sync))
                .containsExactly(new io.backorder.contracts.storefront.StorefrontInventorySync("SKU123", "web", 0));
        assertThat(item.syncStorefront("web", -2, allocation, CHECK)).as("setting off").isEmpty();
        assertThat(item.syncStorefront("web", 4, allocation, sync)).as("storefront count not negative").isEmpty();
        assertThat(item.syncStorefront("web", -2, item.allocate(B, 1, sync), sync)).as("allocated in full").isEmpty();
    }

    private static StockItem item(String sku, ItemSpec spec, int onHand) {
        StockItem item = StockItem.replay(sku, List.of());
        List<EventData> defined = item.define(spec, onHand);
        assertThat(defined.get(0)).isInstanceOf(ItemDefined.class);
        if (onHand > 0) {
            assertThat(defined.get(1)).isEqualTo(new StockAdjusted(sku, onHand, "initial quantity", onHand));
        }
        defined.forEach(item::apply);
        return item;
    }

    private static List<EventData> decide(StockItem item, LineRef line, int quantity) {
        List<EventData> events = new ArrayList<>(item.allocate(line, quantity, CHECK));
        events.forEach(item::apply);
        return events;
    }
}
