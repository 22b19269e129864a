package io.backorder.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.contracts.orders.PaymentCaptureRequested;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.storefront.OrderPlaced;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OrderPlaced PLACED = new OrderPlaced("WEB-1", "web",
            new OrderPlaced.Customer("C-1", "Ada Byron", "ada@example.com"), Instant.parse("2026-11-27T08:00:00Z"),
            null, null,
            List.of(new OrderPlaced.Line("SKU123", 4, new BigDecimal("25.00")),
                    new OrderPlaced.Line("SKU999", 1, new BigDecimal("45.00"))),
            Map.of());

    @Test
    void an_imported_order_numbers_its_lines_from_one_in_the_storefronts_order() {
        List<EventData> events = Order.replay("1001", List.of()).importFrom(PLACED, "import-1");

        OrderImported imported = (OrderImported) events.get(0);
        assertThat(imported.orderNumber()).isEqualTo("1001");
        assertThat(imported.lines()).extracting(OrderImported.Line::lineNo, OrderImported.Line::sku)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SKU123"),
                        org.assertj.core.groups.Tuple.tuple(2, "SKU999"));
        assertThat(imported.importId()).isEqualTo("import-1");
    }

    @Test
    void an_order_without_a_discount_has_none() {
        OrderImported imported = (OrderImported) Order.replay("1001", List.of()).importFrom(PLACED, "i").get(0);

        assertThat(imported.discountPercent()).isEqualByComparingTo("0");
    }

    @Test
    void an_order_is_imported_only_once() {
        Order order = Order.replay("1001", Order.replay("1001", List.of()).importFrom(PLACED, "i"));

        assertThat(order.exists()).isTrue();
        assertThat(order.version()).isEqualTo(1);
        assertThatThrownBy(() -> order.importFrom(PLACED, "again")).hasMessageContaining("already imported");
    }

    @Test
    void a_shipment_asks_inventory_for_what_is_allocated_and_never_more_than_was_ordered() {
        Order order = imported();

        List<EventData> asked = order.requestShipment("ship-1", Map.of(1, 9, 2, 0), Instant.EPOCH);

        assertThat(asked).containsExactly(new ShipmentRequested("1001", "ship-1", Instant.EPOCH,
                List.of(new ShipmentRequested.Line(1, "SKU123", 4))));
        assertThatThrownBy(() -> order.requestShipment("ship-2", Map.of(2, 0), Instant.EPOCH))
                .isInstanceOf(OrderRefusal.class).hasMessageContaining("nothing allocated");
    }

    @Test
    void units_count_as_shipped_only_once_inventory_shipped_them() {
        Order order = imported();
        order.requestShipment("ship-1", Map.of(1, 4, 2, 1), Instant.EPOCH).forEach(order::apply);

        assertThatThrownBy(() -> order.requestShipment("ship-2", Map.of(1, 4), Instant.EPOCH))
                .as("one shipment at a time").hasMessageContaining("waits for inventory to answer shipment ship-1");
        List<EventData> shipped = order.confirmShipped("ship-1", 1, "SKU123", 3, Instant.EPOCH);
        assertThat(shipped).containsExactly(new OrderShipped("1001", Instant.EPOCH,
                List.of(new OrderShipped.Line(1, "SKU123", 3)), "ship-1"));
        shipped.forEach(order::apply);
        assertThat(order.shipment("ship-1").orElseThrow().answered()).isFalse();
        assertThat(order.confirmShipped("ship-1", 1, "SKU123", 3, Instant.EPOCH)).as("answered already").isEmpty();

        order.recordShipmentRefusal("ship-1", 2, "SKU999", "holds no units").forEach(order::apply);

        Shipment answered = order.shipment("ship-1").orElseThrow();
        assertThat(answered.answered()).isTrue();
        assertThat(answered.unitsShipped()).isEqualTo(3);
        assertThat(answered.refusals()).containsExactly(Map.entry(2, "holds no units"));
        assertThat(order.requestShipment("ship-2", Map.of(1, 1), Instant.EPOCH)).hasSize(1);
    }

    @Test
    void an_order_waiting_for_inventory_to_answer_a_shipment_cannot_be_cancelled_until_it_did() {
        Order order = imported();
        order.requestShipment("ship-1", Map.of(1, 4), Instant.EPOCH).forEach(order::apply);

        assertThatThrownBy(() -> order.cancel("now")).isInstanceOf(OrderRefusal.class)
                .hasMessageContaining("cannot be cancelled until then");
        order.recordShipmentRefusal("ship-1", 1, "SKU123", "holds no units").forEach(order::apply);
        assertThat(order.cancel("now")).containsExactly(new io.backorder.contracts.orders.OrderCancelled("1001", "now"));
    }

    @Test
    void an_order_is_approved_once_and_a_cancelled_one_not_at_all() {
        Order order = imported();
        order.approve(Instant.EPOCH).forEach(order::apply);

        assertThat(order.approve(Instant.EPOCH)).isEmpty();
        order.cancel("customer asked").forEach(order::apply);
        assertThatThrownBy(() -> order.approve(Instant.EPOCH)).hasMessageContaining("cancelled");
        assertThat(order.cancel("again")).isEmpty();
    }

    @Test
    void an_order_with_shipped_units_cannot_be_cancelled_and_an_unknown_one_not_commanded() {
        Order order = imported();
        order.requestShipment("ship-1", Map.of(1, 2), Instant.EPOCH).forEach(order::apply);
        order.confirmShipped("ship-1", 1, "SKU123", 2, Instant.EPOCH).forEach(order::apply);

        assertThatThrownBy(() -> order.cancel("too late")).hasMessageContaining("shipped");
        assertThatThrownBy(() -> Order.replay("42", List.of()).approve(Instant.EPOCH))
                .isInstanceOf(UnknownOrderException.class);
    }

    private static Order imported() {
        return Order.replay("1001", Order.replay("1001", List.of()).importFrom(PLACED, "i"));
    }

    @Test
    void a_split_off_order_is_created_with_its_first_line_and_numbers_the_next_ones_after_it() {
        Order split = Order.replay("1004", List.of());
        List<EventData> created = split.splitFrom("1001", new BigDecimal("10"), 2, "SKU999", 1);
        created.forEach(split::apply);

        assertThat(created).containsExactly(new io.backorder.contracts.orders.BackorderOrderCreated("1004", "1001",
                new BigDecimal("10"), List.of(new io.backorder.contracts.orders.BackorderOrderCreated.Line(1, 2, "SKU999", 1))));
        assertThat(split.addSplitLine("1001", 1, "SKU123", 3)).containsExactly(
                new io.backorder.contracts.orders.BackorderOrderLineAdded("1004", "1001",
                        new io.backorder.contracts.orders.BackorderOrderCreated.Line(2, 1, "SKU123", 3)));
        assertThatThrownBy(() -> split.splitFrom("1001", BigDecimal.ZERO, 1, "SKU123", 1)).hasMessageContaining("exists");
    }

    @Test
    void a_capture_asked_for_an_approval_approves_the_order_once_captured() {
        Order order = paidOrder();
        List<EventData> asked = order.requestCapture(true);
        asked.forEach(order::apply);

        assertThat(asked).singleElement().isInstanceOf(PaymentCaptureRequested.class);
        assertThat(order.approved()).isFalse();
        List<EventData> recorded = order.recordCapture(CaptureOutcome.captured("TX-1", new BigDecimal("90.00")),
                Instant.parse("2026-11-27T09:00:00Z"));

        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0)).isInstanceOf(PaymentCaptured.class);
        assertThat(recorded.get(1)).isInstanceOf(OrderApproved.class);
    }

    @Test
    void a_declined_capture_leaves_the_order_unapproved_with_the_reason() {
        Order order = paidOrder();
        order.requestCapture(true).forEach(order::apply);

        order.recordCapture(CaptureOutcome.declined("card declined"), Instant.now()).forEach(order::apply);

        assertThat(order.approved()).isFalse();
        assertThat(order.pendingCapture()).isEmpty();
        assertThat(order.lastCaptureFailure()).contains("card declined");
    }

    @Test
    void a_capture_is_asked_for_once_while_it_waits_and_its_outcome_recorded_once() {
        Order order = paidOrder();
        order.requestCapture(true).forEach(order::apply);

        assertThat(order.requestCapture(true)).as("a second request while one waits").isEmpty();
        order.recordCapture(CaptureOutcome.captured("TX-1", new BigDecimal("90.00")), Instant.now())
                .forEach(order::apply);
        assertThat(order.recordCapture(CaptureOutcome.captured("TX-1", new BigDecimal("90.00")), Instant.now()))
                .as("the same answer heard again, after a crash or from another instance").isEmpty();
        assertThat(order.requestCapture(true)).as("nothing is left to capture").isEmpty();
    }

    private static Order paidOrder() {
        OrderPlaced paid = new OrderPlaced("WEB-2", "web", PLACED.customer(), PLACED.placedAt(), null,
                new OrderPlaced.Payment("AUTH-1", new BigDecimal("90.00")), PLACED.lines(), Map.of());
        Order order = Order.replay("1002", List.of());
        order.importFrom(paid, "import-1").forEach(order::apply);
        return order;
    }
}
