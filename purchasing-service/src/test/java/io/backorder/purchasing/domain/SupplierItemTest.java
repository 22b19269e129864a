package io.backorder.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.purchasing.SupplierItemChanged;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierItemTest {

    @Test
    void the_same_terms_again_change_nothing_even_written_differently() {
        SupplierItem item = SupplierItem.replay("SKU123", List.of());
        item.define(terms("7.4", 5)).forEach(item::apply);

        assertThat(item.define(terms("7.40", 5))).isEmpty();
        assertThat(item.define(terms("7.40", 6))).containsExactly(
                new SupplierItemChanged("SKU123", "ACME", new BigDecimal("7.40"), 1, 6, 0));
    }

    @Test
    void a_lot_size_of_zero_is_refused() {
        SupplierItem item = SupplierItem.replay("SKU123", List.of());

        assertThatThrownBy(() -> item.define(terms("7.40", 0))).isInstanceOf(PurchasingRefusal.class);
    }

    private static SupplierTerms terms(String cost, int lot) {
        return new SupplierTerms("ACME", new BigDecimal(cost), 1, lot, 0);
    }
}
