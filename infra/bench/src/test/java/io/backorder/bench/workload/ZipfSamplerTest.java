package io.backorder.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {

    @Test
    void probabilities_follow_the_power_law_and_sum_to_one() {
        ZipfSampler sampler = new ZipfSampler(1000, 1.0);

        assertThat(IntStream.range(0, 1000).mapToDouble(sampler::probability).sum()).isCloseTo(1.0, within(1e-9));
        // rank k has weight 1/(k+1): the best seller is twice the second, ten times the tenth
        assertThat(sampler.probability(0) / sampler.probability(1)).isCloseTo(2.0, within(1e-9));
        assertThat(sampler.probability(0) / sampler.probability(9)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void draws_match_the_probabilities() {
        ZipfSampler sampler = new ZipfSampler(100, 1.0);
        SplittableRandom random = new SplittableRandom(42);
        int draws = 200_000;
        int[] counts = new int[100];
        for (int i = 0; i < draws; i++) {
            counts[sampler.sample(random)]++;
        }

        for (int rank : new int[] {0, 1, 4, 49, 99}) {
            double expected = sampler.probability(rank) * draws;
            // five standard deviations of a binomial count: a real skew error is far larger
            double tolerance = 5 * Math.sqrt(expected * (1 - sampler.probability(rank)));
            assertThat((double) counts[rank]).as("rank %d", rank).isCloseTo(expected, within(tolerance));
        }
    }

    @Test
    void exponent_zero_is_uniform() {
        ZipfSampler sampler = new ZipfSampler(4, 0.0);

        IntStream.range(0, 4).forEach(rank -> assertThat(sampler.probability(rank)).isCloseTo(0.25, within(1e-12)));
    }

    @Test
    void every_draw_is_a_valid_rank() {
        ZipfSampler sampler = new ZipfSampler(3, 2.5);
        SplittableRandom random = new SplittableRandom(1);

        IntStream.range(0, 10_000).forEach(i -> assertThat(sampler.sample(random)).isBetween(0, 2));
    }

    @Test
    void refuses_an_empty_range_or_a_negative_exponent() {
        assertThatThrownBy(() -> new ZipfSampler(0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZipfSampler(10, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
