package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StackQuietTest {

    private static final Duration STEP = Duration.ofMillis(10);

    /** CPU-seconds read at each step: a process that used {@code usedPerStep[i]} of the step's 10 ms. */
    private static StackQuiet stackUsing(List<Double> usedPerStep) {
        Iterator<Double> used = usedPerStep.iterator();
        double[] total = {0};
        return new StackQuiet(() -> {
            total[0] += used.hasNext() ? used.next() : 0;
            return Map.of("purchasing-service", total[0], "postgresql", 1.0);
        }, STEP);
    }

    @Test
    void a_stack_that_keeps_working_after_its_consumers_caught_up_is_waited_for() throws InterruptedException {
        // readings: the first is the baseline, then four busy steps (a full core), then idle ones
        StackQuiet quiet = stackUsing(List.of(0.0, 0.010, 0.010, 0.010, 0.010, 0.001, 0.001, 0.001, 0.001));

        Duration took = quiet.await(Duration.ofSeconds(5));

        assertThat(took).isNotNull().isGreaterThanOrEqualTo(STEP.multipliedBy(4));
    }

    @Test
    void a_busy_step_between_idle_ones_starts_the_count_again() throws InterruptedException {
        StackQuiet quiet = stackUsing(List.of(0.0, 0.0, 0.0, 0.010, 0.0, 0.0, 0.0));

        Duration took = quiet.await(Duration.ofSeconds(5));

        assertThat(took).isNotNull().isGreaterThanOrEqualTo(STEP.multipliedBy(3));
    }

    @Test
    void a_stack_that_never_goes_idle_is_reported_as_still_busy() throws InterruptedException {
        StackQuiet quiet = new StackQuiet(new Supplier<>() {
            private double total;

            @Override
            public Map<String, Double> get() {
                total += 0.005; // half a core, every step
                return Map.of("inventory-service", total);
            }
        }, STEP);

        assertThat(quiet.await(Duration.ofMillis(200))).isNull();
    }
}
