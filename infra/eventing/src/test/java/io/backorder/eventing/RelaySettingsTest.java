package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

    private final RelaySettings settings = RelaySettings.defaults(); // polls every 100 ms

    @Test
    void a_relay_that_published_something_or_found_nothing_quickly_polls_at_the_usual_pace() {
        assertThat(settings.idleWait(3, Duration.ofMillis(80))).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.idleWait(0, Duration.ofMillis(2))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void a_slow_empty_round_behind_a_large_uncommitted_write_makes_the_relay_wait_ten_times_as_long() {
        assertThat(settings.idleWait(0, Duration.ofMillis(40))).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void the_wait_after_an_empty_round_is_at_most_ten_poll_intervals() {
        assertThat(settings.idleWait(0, Duration.ofMillis(900))).isEqualTo(Duration.ofSeconds(1));
    }
}
