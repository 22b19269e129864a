package io.backorder.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockSizingTest {

    private final ItemNames items = new ItemNames("T", 1000);
    private final List<PlannedOrder> orders = new WorkloadGenerator(items, 1.0, 3, 7).orders("O", 3000, 3);

    @Test
    void the_chosen_share_of_lines_backorders() {
        Map<String, Integer> stock = StockSizing.forBackorderShare(items.all(), orders, 0.2);

        StockSizing.Expectation expected = StockSizing.expect(stock, orders);
        // per sku the cut is rounded to whole lines; over 9,000 lines that moves the share by a little
        assertThat(expected.backorderedLineShare()).isCloseTo(0.2, within(0.02));
        // line sizes do not depend on the sku, so the stock covers about the same share of the units
        assertThat(expected.stockShareOfDemand()).isCloseTo(0.8, within(0.03));
    }

    @Test
    void every_item_gets_stock_even_one_nobody_orders() {
        Map<String, Integer> stock = StockSizing.forBackorderShare(items.all(), orders, 0.2);

        assertThat(stock).hasSize(1000).containsOnlyKeys(items.all());
        assertThat(stock.values()).allMatch(quantity -> quantity >= 0);
    }

    @Test
    void share_zero_stocks_everything_and_share_one_nothing() {
        Map<String, Integer> full = StockSizing.forBackorderShare(items.all(), orders, 0.0);
        Map<String, Integer> none = StockSizing.forBackorderShare(items.all(), orders, 1.0);

        assertThat(StockSizing.expect(full, orders).backorderedLineShare()).isZero();
        assertThat(StockSizing.expect(full, orders).stockShareOfDemand()).isEqualTo(1.0);
        assertThat(none.values()).containsOnly(0);
        assertThat(StockSizing.expect(none, orders).backorderedLineShare()).isEqualTo(1.0);
    }

    @Test
    void stock_covers_the_first_lines_of_each_sku_in_placement_order() {
        List<PlannedOrder> placed = List.of(
                new PlannedOrder("1", List.of(new PlannedOrder.Line("A", 2))),
                new PlannedOrder("2", List.of(new PlannedOrder.Line("A", 3))),
                new PlannedOrder("3", List.of(new PlannedOrder.Line("A", 1))),
                new PlannedOrder("4", List.of(new PlannedOrder.Line("A", 5))));

        // half of four lines backorder: the stock is the first two lines' units
        assertThat(StockSizing.forBackorderShare(List.of("A"), placed, 0.5)).containsEntry("A", 5);
    }

    @Test
    void refuses_a_share_outside_zero_to_one() {
        assertThatThrownBy(() -> StockSizing.forBackorderShare(items.all(), orders, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
