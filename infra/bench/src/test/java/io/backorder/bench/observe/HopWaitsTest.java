package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HopWaitsTest {

    private static String metrics(int fast, int middling, int slow) {
        return """
                # TYPE backorder_consumer_record_delay_seconds histogram
                backorder_consumer_record_delay_seconds_bucket{consumer="order-service.storefront-orders",le="0.01"} %d
                backorder_consumer_record_delay_seconds_bucket{consumer="order-service.storefront-orders",le="0.1"} %d
                backorder_consumer_record_delay_seconds_bucket{consumer="order-service.storefront-orders",le="1.0"} %d
                backorder_consumer_record_delay_seconds_bucket{consumer="order-service.storefront-orders",le="+Inf"} %d
                backorder_consumer_record_delay_seconds_count{consumer="order-service.storefront-orders"} %d
                backorder_inbox_handled_total{consumer="order-service.storefront-orders"} 7.0
                """.formatted(fast, fast + middling, fast + middling + slow, fast + middling + slow,
                fast + middling + slow);
    }

    @Test
    void a_phase_s_waits_are_the_difference_of_the_buckets_read_before_and_after_it() {
        HopWaits.Snapshot before = HopWaits.Snapshot.parse(metrics(1000, 0, 0), "order-service");
        HopWaits.Snapshot after = HopWaits.Snapshot.parse(metrics(1000 + 60, 39, 1), "order-service");

        Map<String, HopWaits.Delay> phase = after.since(before);

        assertThat(phase).containsOnlyKeys("order-service.storefront-orders");
        HopWaits.Delay delay = phase.get("order-service.storefront-orders");
        assertThat(delay.records()).isEqualTo(100);
        assertThat(delay.p50Ms()).as("the 50th record is among the first 60").isEqualTo(10.0);
        assertThat(delay.p99Ms()).as("the 99th among the next 39").isEqualTo(100.0);
    }

    @Test
    void a_bucket_line_that_does_not_read_as_numbers_is_left_out() {
        String garbled = metrics(60, 39, 1).replace("le=\"0.1\"} 99", "le=\"0.1\"} many")
                .replace("le=\"1.0\"}", "le=\"one\"}");

        HopWaits.Snapshot parsed = HopWaits.Snapshot.parse(garbled, "order-service");

        assertThat(parsed.buckets().get("order-service.storefront-orders")).containsOnlyKeys(0.01,
                Double.POSITIVE_INFINITY);
    }

    @Test
    void a_relay_s_waits_are_named_after_its_service() {
        String relay = """
                backorder_outbox_publish_delay_seconds_bucket{le="0.01"} %d
                backorder_outbox_publish_delay_seconds_bucket{le="+Inf"} %d
                """;

        Map<String, HopWaits.Delay> phase = HopWaits.Snapshot.parse(relay.formatted(4, 4), "inventory-service")
                .since(HopWaits.Snapshot.parse(relay.formatted(1, 1), "inventory-service"));

        assertThat(phase).containsOnlyKeys("inventory-service relay");
        assertThat(phase.get("inventory-service relay").records()).isEqualTo(3);
        assertThat(phase.get("inventory-service relay").p99Ms()).isEqualTo(10.0);
    }

    @Test
    void a_consumer_without_records_in_the_phase_is_left_out_and_one_past_the_last_bound_shows_that_bound() {
        HopWaits.Snapshot before = HopWaits.Snapshot.parse(metrics(5, 0, 0), "order-service");

        assertThat(HopWaits.Snapshot.parse(metrics(5, 0, 0), "order-service").since(before)).isEmpty();
        String beyond = metrics(5, 0, 0).replace("le=\"+Inf\"} 5", "le=\"+Inf\"} 6");
        assertThat(HopWaits.Snapshot.parse(beyond, "order-service").since(before)
                .get("order-service.storefront-orders").p99Ms())
                .isEqualTo(1000.0);
    }
}
