package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final ConflictRetry retry = new ConflictRetry(3, Duration.ZERO, Duration.ZERO);

    @Test
    void a_command_that_lost_two_races_runs_a_third_time_and_the_lost_races_are_counted() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrencyConflictException(StreamId.of("StockItem", "SKU1"), 1);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(retry.lostRaces()).isEqualTo(2);
    }

    @Test
    void a_failure_that_is_no_race_is_not_retried_nor_counted() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a refusal");
        })).hasMessage("a refusal");

        assertThat(attempts).hasValue(1);
        assertThat(retry.lostRaces()).isZero();
    }
}
