package io.backorder.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineRefTest {

    @Test
    void the_lines_of_orders_numbered_one_after_another_each_hash_apart() {
        Set<Integer> hashes = new HashSet<>();
        for (int order = 1000; order < 1200; order++) {
            for (int line = 1; line <= 500; line++) {
                hashes.add(new LineRef("SO-" + order, line).hashCode());
            }
        }

        assertThat(hashes).hasSize(200 * 500);
    }

    @Test
    void equal_lines_hash_alike_also_without_an_order_number() {
        assertThat(new LineRef("SO-1", 2)).hasSameHashCodeAs(new LineRef("SO-1", 2));
        assertThat(new LineRef(null, 2)).isEqualTo(new LineRef(null, 2)).hasSameHashCodeAs(new LineRef(null, 2));
    }
}
