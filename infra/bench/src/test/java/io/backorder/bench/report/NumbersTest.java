package io.backorder.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numbers_get_the_decimals_their_size_deserves() {
        assertThat(Numbers.format(3000)).isEqualTo("3,000");
        assertThat(Numbers.format(1234.56)).isEqualTo("1,235");
        assertThat(Numbers.format(58.123)).isEqualTo("58.1");
        assertThat(Numbers.format(1.25)).isEqualTo("1.25");
        assertThat(Numbers.format(0.0512)).isEqualTo("0.0512");
    }

    @Test
    void a_goal_says_whether_a_figure_meets_it() {
        assertThat(Goal.atMost(250, "ms").metBy(250.0)).hasValue(true);
        assertThat(Goal.below(10, "s").metBy(10.0)).hasValue(false);
        assertThat(Goal.atLeast(1, "×").metBy(0.5)).hasValue(false);
        assertThat(Goal.atLeast(1, "×").metBy(null)).isEmpty();
    }
}
