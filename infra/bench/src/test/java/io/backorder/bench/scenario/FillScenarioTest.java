package io.backorder.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.bench.workload.ItemNames;
import io.backorder.bench.workload.PlannedOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FillScenarioTest {

    @Test
    void waiting_lines_spread_evenly_over_the_items_in_orders_of_at_most_500_distinct_lines() {
        ItemNames items = new ItemNames("F", 1000);

        List<PlannedOrder> orders = FillScenario.waitingOrders(items, 100_000, "O");

        assertThat(orders).hasSize(200);
        assertThat(orders).allSatisfy(order -> {
            assertThat(order.lines()).hasSize(500);
            assertThat(order.lines().stream().map(PlannedOrder.Line::sku).distinct()).hasSize(500);
        });
        assertThat(FillScenario.unitsBySku(orders)).hasSize(1000).allSatisfy((sku, units) -> assertThat(units).isEqualTo(100));
    }

    @Test
    void a_count_that_does_not_divide_evenly_ends_with_a_shorter_order() {
        List<PlannedOrder> orders = FillScenario.waitingOrders(new ItemNames("F", 30), 70, "O");

        assertThat(orders).extracting(order -> order.lines().size()).containsExactly(30, 30, 10);
    }

    @Test
    void lines_filled_come_from_the_totals_or_else_are_counted_from_the_lines() throws Exception {
        ObjectMapper json = new ObjectMapper();

        assertThat(FillScenario.linesFilled(json.readTree("{\"totals\": {\"linesFilled\": 7}}"))).isEqualTo(7);
        assertThat(FillScenario.linesFilled(json.readTree(
                "{\"lines\": [{\"filled\": 1}, {\"filled\": 0}, {\"filled\": 3}]}"))).isEqualTo(2);
    }
}
