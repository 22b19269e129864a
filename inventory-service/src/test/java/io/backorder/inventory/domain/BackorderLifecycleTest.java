package io.backorder.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.ReleaseReason;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BackorderLifecycleTest {

    private static final AllocationPolicy POLICY = AllocationPolicy.defaults();
    private static final FillOptions FILL = new FillOptions("fill-1", true, null, null);
    private static final LineRef A = new LineRef("1001", 1);
    private static final LineRef A_GIZMO = new LineRef("1001", 2);
    private static final LineRef B = new LineRef("1002", 1);
    private static final LineRef C = new LineRef("1003", 1);
    private static final Instant EIGHT = Instant.parse("2026-11-27T08:00:00Z");

    @Test
    void forcing_a_backorder_frees_units_for_the_next_orders() {
        Map<String, StockItem> items = seedExample();
        StockItem widgets = items.get("SKU123");

        assertThat(apply(widgets, widgets.forceBackorder(A, null, POLICY))).containsExactly(
                new AllocationReleased("SKU123", "1001", 1, 4, ReleaseReason.FORCED_BACKORDER),
                new LineBackordered("SKU123", "1001", 1, 4, BackorderReason.FORCED, true));
        Map<String, List<EventData>> decided = FillPlanner.plan(waiting(), items, false, FILL);

        assertThat(decided.get("SKU123")).containsExactly(
                new BackorderFilled("SKU123", "1002", 1, 1, 0, "fill-1", true, null, false, null),
                new BackorderFilled("SKU123", "1003", 1, 2, 0, "fill-1", true, null, false, null),
                new BackorderFilled("SKU123", "1001", 1, 1, 3, "fill-1", true, null, false, null));
        assertThat(widgets.allocatedTo(B)).isEqualTo(2);
        assertThat(widgets.allocatedTo(C)).isEqualTo(2);
        assertThat(widgets.neededBy(A)).isEqualTo(3);
        assertThat(widgets.available()).isZero();
    }

    @Test
    void with_only_completable_orders_a_fill_passes_over_an_order_it_cannot_complete() {
        Map<String, StockItem> items = seedExample();
        StockItem widgets = items.get("SKU123");
        apply(widgets, widgets.forceBackorder(A, null, POLICY));

        Map<String, List<EventData>> decided = FillPlanner.plan(waiting(), items, true, FILL);

        assertThat(decided.get("SKU123")).extracting(e -> ((BackorderFilled) e).orderNumber()).containsExactly("1002", "1003");
        assertThat(widgets.neededBy(A)).as("A cannot ship without SKU999 and gets nothing").isEqualTo(4);
        assertThat(widgets.available()).isEqualTo(1);
    }

    @Test
    void without_a_force_and_with_only_completable_orders_nothing_moves() {
        Map<String, StockItem> items = seedExample();

        assertThat(FillPlanner.plan(waiting(), items, true, FILL)).isEmpty();
        assertThat(items.get("SKU123").allocatedTo(A)).isEqualTo(4);
    }

    @Test
    void a_line_forced_to_backorder_waits_behind_lines_that_were_short_at_import() {
        Map<String, StockItem> items = seedExample();
        StockItem widgets = items.get("SKU123");
        apply(widgets, widgets.forceBackorder(A, 2, POLICY));

        List<EventData> decided = FillPlanner.plan(waiting(), items, false, FILL).get("SKU123");

        assertThat(decided).extracting(e -> ((BackorderFilled) e).orderNumber()).containsExactly("1002", "1003");
        assertThat(widgets.neededBy(A)).isEqualTo(2);
    }

    @Test
    void a_partial_force_releases_only_what_was_asked_and_more_than_the_line_holds_is_refused() {
        StockItem widgets = seedExample().get("SKU123");

        apply(widgets, widgets.forceBackorder(A, 1, POLICY));

        assertThat(widgets.allocatedTo(A)).isEqualTo(3);
        assertThat(widgets.neededBy(A)).isEqualTo(1);
        assertThatThrownBy(() -> widgets.forceBackorder(A, 4, POLICY)).isInstanceOf(StockRefusal.class)
                .hasMessageContaining("holds 3");
        assertThatThrownBy(() -> widgets.forceBackorder(C, null, POLICY)).hasMessageContaining("holds no units");
    }

    @Test
    void cancelling_a_backorder_in_part_or_in_whole_stops_the_wait_for_those_units() {
        StockItem widgets = seedExample().get("SKU123");

        assertThat(apply(widgets, widgets.cancelBackorder(C, 1))).containsExactly(new BackorderCancelled("SKU123", "1003", 1, 1));
        assertThat(widgets.neededBy(C)).isEqualTo(1);
        assertThatThrownBy(() -> widgets.cancelBackorder(C, 2)).hasMessageContaining("needs 1");
        apply(widgets, widgets.cancelBackorder(C, null));
        assertThat(widgets.neededBy(C)).isZero();
        assertThatThrownBy(() -> widgets.cancelBackorder(C, null)).hasMessageContaining("no backordered units");
    }

    @Test
    void the_queue_serves_the_oldest_order_first_then_the_lower_order_number() {
        StockItem item = StockItem.replay("Q", List.of());
        item.define(new ItemSpec("q", true, false), 0).forEach(item::apply);
        LineRef late = new LineRef("998", 1);
        LineRef first = new LineRef("1000", 1);
        LineRef sameTimeLowerNumber = new LineRef("999", 1);
        for (LineRef line : List.of(late, first, sameTimeLowerNumber)) {
            apply(item, item.allocate(line, 1, POLICY));
        }
        apply(item, item.receive("R-1", 2, null));
        List<WaitingLine> waiting = List.of(new WaitingLine(late, "Q", EIGHT.plusSeconds(60), false, false),
                new WaitingLine(first, "Q", EIGHT, false, false), new WaitingLine(sameTimeLowerNumber, "Q", EIGHT, false, false));

        List<EventData> decided = FillPlanner.plan(waiting, new TreeMap<>(Map.of("Q", item)), false, FILL).get("Q");

        assertThat(decided).extracting(e -> ((BackorderFilled) e).orderNumber()).containsExactly("999", "1000");
        assertThat(item.neededBy(late)).isEqualTo(1);
    }

    @Test
    void a_fill_never_hands_out_more_than_is_available() {
        StockItem widgets = seedExample().get("SKU123");

        assertThat(widgets.fill(C, 2, false, FILL)).isEmpty();
        apply(widgets, widgets.receive("R-1", 1, null));
        assertThat(widgets.fill(C, 2, false, FILL)).containsExactly(new BackorderFilled("SKU123", "1003", 1, 1, 1, "fill-1", true, null, false, null));
    }

    @Test
    void shipping_takes_units_off_the_shelf_and_cancelling_an_order_gives_them_back() {
        StockItem widgets = seedExample().get("SKU123");

        assertThat(apply(widgets, widgets.ship(A, 4, "ship-1"))).containsExactly(
                new StockShipped("SKU123", "1001", 1, 4, 1, "ship-1"));
        assertThat(widgets.onHand()).isEqualTo(1);
        assertThat(apply(widgets, widgets.cancelOrderLine(B))).containsExactly(
                new AllocationReleased("SKU123", "1002", 1, 1, ReleaseReason.ORDER_CANCELLED),
                new BackorderCancelled("SKU123", "1002", 1, 1));
        assertThat(widgets.available()).isEqualTo(1);
        assertThat(widgets.neededBy(B)).isZero();
    }

    @Test
    void a_shipment_ships_what_a_line_holds_up_to_what_was_asked_and_refuses_a_line_holding_nothing() {
        StockItem widgets = seedExample().get("SKU123");

        assertThat(apply(widgets, widgets.ship(B, 2, "ship-1"))).as("B holds 1 and needs 1").containsExactly(
                new StockShipped("SKU123", "1002", 1, 1, 4, "ship-1"));
        assertThat(apply(widgets, widgets.ship(B, 1, "ship-2"))).containsExactly(new ShipmentLineRefused("SKU123",
                "1002", 1, "ship-2", 1, "order 1002 line 1 holds no units of SKU123 to ship"));
        assertThat(widgets.onHand()).isEqualTo(4);
        assertThatThrownBy(() -> widgets.ship(A, 0, "ship-3")).isInstanceOf(StockRefusal.class);
    }

    @Test
    void units_filled_after_approval_are_held_for_the_split_and_the_original_can_neither_ship_nor_release_them() {
        StockItem widgets = seedExample().get("SKU123");
        apply(widgets, widgets.receive("R-1", 1, null));

        assertThat(apply(widgets, widgets.fill(B, 1, true, FILL))).containsExactly(
                new BackorderFilled("SKU123", "1002", 1, 1, 0, "fill-1", true, null, true, null));
        assertThat(widgets.allocatedTo(B)).as("its own unit and the one held for the split").isEqualTo(2);

        assertThat(apply(widgets, widgets.ship(B, 2, "ship-1"))).as("the original ships its own unit only")
                .containsExactly(new StockShipped("SKU123", "1002", 1, 1, 5, "ship-1"));
        assertThatThrownBy(() -> widgets.forceBackorder(B, null, POLICY)).isInstanceOf(StockRefusal.class);
        assertThat(widgets.cancelOrderLine(B)).as("a cancelled original leaves the split's unit where it is").isEmpty();

        LineRef split = new LineRef("1004", 1);
        assertThat(apply(widgets, widgets.transfer(B, split, 1))).containsExactly(
                new AllocationTransferred("SKU123", "1002", 1, "1004", 1, 1));
        assertThat(widgets.allocatedTo(B)).isZero();
        assertThat(widgets.allocatedTo(split)).isEqualTo(1);
        assertThat(widgets.totalAllocated()).isEqualTo(5);
        assertThat(apply(widgets, widgets.ship(split, 1, "ship-2"))).hasSize(1).first().isInstanceOf(StockShipped.class);
    }

    @Test
    void only_units_held_for_a_split_move_to_the_order_split_off() {
        StockItem widgets = seedExample().get("SKU123");

        assertThatThrownBy(() -> widgets.transfer(A, new LineRef("1004", 1), 1))
                .isInstanceOf(StockRefusal.class).hasMessageContaining("holds 0 for a split");
        assertThat(widgets.allocatedTo(A)).isEqualTo(4);
    }

    @Test
    void a_shipment_decided_by_order_service_alone_still_takes_its_units_off_the_shelf() {
        StockItem widgets = seedExample().get("SKU123");

        assertThat(apply(widgets, widgets.shipDecided(A, 4))).containsExactly(
                new StockShipped("SKU123", "1001", 1, 4, 1, null));
        assertThatThrownBy(() -> widgets.shipDecided(B, 2)).hasMessageContaining("holds 1");
    }

    /** SKU123 with 5 on hand: A holds 4, B holds 1 and needs 1, C needs 2; SKU999 none, A needs 1. */
    private static Map<String, StockItem> seedExample() {
        StockItem widgets = StockItem.replay("SKU123", List.of());
        apply(widgets, widgets.define(new ItemSpec("Blue widget", true, false), 5));
        apply(widgets, widgets.allocate(A, 4, POLICY));
        apply(widgets, widgets.allocate(B, 2, POLICY));
        apply(widgets, widgets.allocate(C, 2, POLICY));
        StockItem gizmos = StockItem.replay("SKU999", List.of());
        apply(gizmos, gizmos.define(new ItemSpec("Red gizmo", true, false), 0));
        apply(gizmos, gizmos.allocate(A_GIZMO, 1, POLICY));
        return new TreeMap<>(Map.of("SKU123", widgets, "SKU999", gizmos));
    }

    private static List<WaitingLine> waiting() {
        return List.of(new WaitingLine(C, "SKU123", EIGHT.plusSeconds(600), false, false),
                new WaitingLine(A, "SKU123", EIGHT, true, false), new WaitingLine(A_GIZMO, "SKU999", EIGHT, false, false),
                new WaitingLine(B, "SKU123", EIGHT.plusSeconds(300), false, false));
    }

    private static List<EventData> apply(StockItem item, List<EventData> events) {
        events.forEach(item::apply);
        return new ArrayList<>(events);
    }
}
