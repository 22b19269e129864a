package io.backorder.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {

    private final ItemNames items = new ItemNames("W", 50);

    @Test
    void orders_have_the_asked_lines_each_a_distinct_sku() {
        List<PlannedOrder> orders = new WorkloadGenerator(items, 1.0, 3, 1).orders("X", 200, 5);

        assertThat(orders).hasSize(200);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.lines()).hasSize(5);
            assertThat(order.lines().stream().map(PlannedOrder.Line::sku).distinct()).hasSize(5);
            assertThat(order.lines()).allMatch(line -> line.quantity() >= 1 && line.quantity() <= 3);
        });
        assertThat(orders.get(0).storefrontOrderId()).isEqualTo("X-1");
    }

    @Test
    void the_same_seed_gives_the_same_orders() {
        assertThat(new WorkloadGenerator(items, 1.0, 3, 9).orders("X", 20, 3))
                .isEqualTo(new WorkloadGenerator(items, 1.0, 3, 9).orders("X", 20, 3));
    }

    @Test
    void the_best_seller_is_ordered_most() {
        Map<String, Integer> lines = new HashMap<>();
        new WorkloadGenerator(items, 1.0, 1, 3).orders("X", 2000, 1)
                .forEach(order -> lines.merge(order.lines().get(0).sku(), 1, Integer::sum));

        assertThat(lines.get(items.sku(0))).isGreaterThan(lines.get(items.sku(1))).isGreaterThan(lines.get(items.sku(49)));
    }

    @Test
    void refuses_more_lines_than_items() {
        assertThatThrownBy(() -> new WorkloadGenerator(items, 1.0, 1, 1).orders("X", 1, 51))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
