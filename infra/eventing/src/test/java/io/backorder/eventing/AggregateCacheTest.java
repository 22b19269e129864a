package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventData;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class AggregateCacheTest {

    private final AggregateCache cache = new AggregateCache(100);
    private final StreamId stream = StreamId.of("StockItem", "SKU-1");

    @Test
    void an_aggregate_is_lent_to_one_transaction_at_a_time() {
        Counter kept = new Counter(3);
        cache.keep(stream, kept);

        assertThat(cache.take(stream)).isSameAs(kept);
        assertThat(cache.take(stream)).as("a second transaction replays instead of sharing the instance").isNull();
    }

    @Test
    void an_older_state_never_replaces_a_newer_one() {
        Counter newer = new Counter(7);
        cache.keep(stream, newer);
        cache.keep(stream, new Counter(5));

        assertThat(cache.take(stream)).isSameAs(newer);
    }

    @Test
    void the_least_recently_used_aggregates_are_dropped_beyond_the_bound() {
        AggregateCache small = new AggregateCache(10);
        for (int i = 0; i < 1000; i++) {
            small.keep(StreamId.of("StockItem", "SKU-" + i), new Counter(1));
        }

        Awaitility.await().untilAsserted(() -> assertThat(small.size()).isLessThanOrEqualTo(10));
    }

    /** An aggregate that only counts its events. */
    private static final class Counter implements EventSourced {
        private long version;

        Counter(long version) {
            this.version = version;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public void apply(EventData event) {
            version++;
        }
    }
}
