package io.backorder.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionWindowsTest {

    @Test
    void a_stream_that_slows_down_shows_a_dearer_last_window() {
        List<Long> times = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 100; i++) {
            // 1 ms apart for the first half, 3 ms apart for the second
            t += i < 50 ? 1_000_000 : 3_000_000;
            times.add(t);
        }

        DecisionWindows windows = DecisionWindows.of(times, 10).orElseThrow();

        assertThat(windows.firstMsPerDecision()).isCloseTo(1.0, within(1e-9));
        assertThat(windows.lastMsPerDecision()).isCloseTo(3.0, within(1e-9));
        assertThat(windows.lastOverFirst()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void windows_that_would_overlap_give_nothing() {
        assertThat(DecisionWindows.of(List.of(1L, 2L, 3L), 2)).isEmpty();
    }
}
