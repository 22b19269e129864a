package io.backorder.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLate;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseOrderTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate IN_A_WEEK = LocalDate.parse("2026-12-07");

    @Test
    void a_draft_is_sent_with_the_date_its_goods_are_expected() {
        PurchaseOrder order = draft();

        assertThat(decide(order, order.send(MONDAY, IN_A_WEEK)))
                .containsExactly(new PurchaseOrderSent("PO-1001", MONDAY, IN_A_WEEK));
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.SENT);
        assertThat(order.expectedDate()).isEqualTo(IN_A_WEEK);
    }

    @Test
    void goods_cannot_be_expected_before_the_order_is_sent() {
        PurchaseOrder order = draft();

        assertThatThrownBy(() -> order.send(MONDAY, LocalDate.parse("2026-11-29")))
                .isInstanceOf(PurchaseOrder.ExpectedTooEarly.class);
        assertThat(order.send(MONDAY, LocalDate.parse("2026-11-30"))).hasSize(1);
    }

    @Test
    void only_a_draft_has_its_lines_changed_or_is_sent() {
        PurchaseOrder order = draft();
        decide(order, order.changeLine("SKU123", 12, null));
        decide(order, order.send(MONDAY, IN_A_WEEK));

        assertThat(order.lines()).extracting(PurchaseOrderLine::sku, PurchaseOrderLine::quantity)
                .contains(org.assertj.core.groups.Tuple.tuple("SKU123", 12));
        assertThatThrownBy(() -> order.changeLine("SKU123", 20, null)).isInstanceOf(PurchasingRefusal.class)
                .hasMessageContaining("only a draft");
        assertThatThrownBy(() -> order.send(MONDAY, IN_A_WEEK)).isInstanceOf(PurchasingRefusal.class);
    }

    @Test
    void a_cancelled_order_cannot_be_sent_or_cancelled_again() {
        PurchaseOrder order = draft();
        decide(order, order.cancel());

        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThatThrownBy(() -> order.send(MONDAY, IN_A_WEEK)).isInstanceOf(PurchasingRefusal.class)
                .hasMessageContaining("CANCELLED");
        assertThatThrownBy(order::cancel).isInstanceOf(PurchasingRefusal.class);
    }

    @Test
    void two_partial_receipts_make_it_partially_received_then_received() {
        PurchaseOrder order = sent();

        assertThat(decide(order, order.receive("R-1", "SKU123", 6))).containsExactly(
                new PurchaseOrderLineReceived("PO-1001", "SKU123", 6, 6, 10, "R-1", 0));
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        decide(order, order.receive("R-2", "SKU999", 2));
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);

        assertThat(decide(order, order.receive("R-3", "SKU123", 4))).containsExactly(
                new PurchaseOrderLineReceived("PO-1001", "SKU123", 4, 10, 10, "R-3", 0),
                new PurchaseOrderClosed("PO-1001", PurchaseOrderClosed.Status.RECEIVED));
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(order.unitsOutstanding()).isZero();
    }

    @Test
    void a_receipt_for_more_than_was_ordered_is_recorded_as_over_received() {
        PurchaseOrder order = sent();
        decide(order, order.receive("R-1", "SKU123", 8));

        assertThat(decide(order, order.receive("R-2", "SKU123", 5))).containsExactly(
                new PurchaseOrderLineReceived("PO-1001", "SKU123", 5, 13, 10, "R-2", 3));
        assertThat(order.lines().get(0).received()).isEqualTo(13);
        assertThat(order.lines().get(0).overReceived()).isEqualTo(3);
    }

    @Test
    void goods_the_order_did_not_name_or_that_came_after_it_closed_are_recorded_and_change_no_status() {
        PurchaseOrder order = sent();
        decide(order, order.cancel());

        assertThat(decide(order, order.receive("R-1", "SKU123", 2))).containsExactly(
                new PurchaseOrderLineReceived("PO-1001", "SKU123", 2, 2, 10, "R-1", 0));
        assertThat(decide(order, order.receive("R-2", "SKU-OTHER", 1))).containsExactly(
                new PurchaseOrderLineReceived("PO-1001", "SKU-OTHER", 1, 1, 0, "R-2", 1));
        assertThat(order.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    }

    @Test
    void the_same_receipt_counts_once() {
        PurchaseOrder order = sent();
        decide(order, order.receive("R-1", "SKU123", 6));

        assertThat(order.receive("R-1", "SKU123", 6)).isEmpty();
    }

    @Test
    void an_order_past_its_expected_date_with_units_to_come_is_late_once() {
        PurchaseOrder order = sent();

        assertThat(order.noticeLateness(IN_A_WEEK)).as("due today is not late").isEmpty();
        assertThat(decide(order, order.noticeLateness(IN_A_WEEK.plusDays(1)))).containsExactly(
                new PurchaseOrderLate("PO-1001", IN_A_WEEK, IN_A_WEEK.plusDays(1), 12));
        assertThat(order.noticeLateness(IN_A_WEEK.plusDays(2))).isEmpty();
        assertThat(draft().noticeLateness(IN_A_WEEK.plusDays(9))).as("a draft has no date to miss").isEmpty();
    }

    @Test
    void a_generated_order_has_distinct_skus_of_at_least_one_unit() {
        PurchaseOrder order = PurchaseOrder.replay("PO-1001", List.of());

        assertThatThrownBy(() -> order.create("ACME", List.of(line("SKU123", 1), line("SKU123", 2)), 30))
                .isInstanceOf(PurchasingRefusal.class);
        assertThatThrownBy(() -> order.create("ACME", List.of(line("SKU123", 0)), 30))
                .isInstanceOf(PurchasingRefusal.class);
        assertThatThrownBy(() -> order.create("ACME", List.of(), 30)).isInstanceOf(PurchasingRefusal.class);
    }

    private static PurchaseOrder draft() {
        PurchaseOrder order = PurchaseOrder.replay("PO-1001", List.of());
        decide(order, order.create("ACME", List.of(line("SKU123", 10), line("SKU999", 2)), 30));
        return order;
    }

    private static PurchaseOrder sent() {
        PurchaseOrder order = draft();
        decide(order, order.send(MONDAY, IN_A_WEEK));
        return order;
    }

    private static PurchaseOrderCreated.Line line(String sku, int quantity) {
        return new PurchaseOrderCreated.Line(sku, quantity, new BigDecimal("7.40"));
    }

    private static List<EventData> decide(PurchaseOrder order, List<EventData> events) {
        events.forEach(order::apply);
        return events;
    }
}
