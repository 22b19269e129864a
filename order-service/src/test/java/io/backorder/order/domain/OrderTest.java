package io.backorder.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderImported;
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
}
