package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTrackerTest {

    private static final long MS = 1_000_000;

    private final OrderTracker tracker = new OrderTracker();

    @Test
    void an_order_is_decided_when_every_line_has_its_units_allocated_or_backordered() {
        tracker.placed("S-1", 0);
        tracker.imported("S-1", "1001", Map.of(1, 3, 2, 1), 5 * MS);

        tracker.lineOutcome("1001", 1, 2, false, 10 * MS);
        tracker.lineOutcome("1001", 2, 1, false, 20 * MS);
        assertThat(tracker.decidedCount()).as("line 1 still misses a unit").isZero();

        tracker.lineOutcome("1001", 1, 1, true, 30 * MS);

        assertThat(tracker.decidedCount()).isEqualTo(1);
        // HdrHistogram keeps 3 significant digits: a value comes back within 0.1 %
        assertThat(tracker.placementToDecision().p50Ms()).isCloseTo(30.0, within(0.03));
        assertThat(tracker.placementToImport().p50Ms()).isCloseTo(5.0, within(0.005));
        assertThat(tracker.decidedLines()).isEqualTo(2);
        assertThat(tracker.backorderedLines()).as("line 1 got a unit backordered").isEqualTo(1);
    }

    @Test
    void decisions_read_before_the_import_wait_for_it() {
        tracker.placed("S-1", 0);
        tracker.lineOutcome("1001", 1, 2, false, 40 * MS);

        tracker.imported("S-1", "1001", Map.of(1, 2), 50 * MS);

        assertThat(tracker.decided()).singleElement().satisfies(order -> {
            assertThat(order.orderNumber()).isEqualTo("1001");
            assertThat(order.decidedNanos()).isEqualTo(40 * MS);
        });
    }

    @Test
    void orders_placed_elsewhere_are_ignored() {
        tracker.imported("SOMEONE-ELSE", "2001", Map.of(1, 1), MS);
        tracker.lineOutcome("2001", 1, 1, false, 2 * MS);

        assertThat(tracker.importedCount()).isZero();
        assertThat(tracker.decidedCount()).isZero();
    }

    @Test
    void listeners_hear_each_decided_order_once() {
        List<String> heard = new ArrayList<>();
        tracker.onDecided(order -> heard.add(order.storefrontOrderId()));
        tracker.placed("S-1", 0);
        tracker.imported("S-1", "1001", Map.of(1, 1), MS);

        tracker.lineOutcome("1001", 1, 1, false, 2 * MS);
        tracker.lineOutcome("1001", 1, 1, false, 3 * MS);

        assertThat(heard).containsExactly("S-1");
    }

    @Test
    void waiting_for_decisions_gives_up_after_the_timeout() throws InterruptedException {
        tracker.placed("S-1", 0);

        assertThat(tracker.awaitDecided(1, Duration.ofMillis(20))).isFalse();
    }
}
