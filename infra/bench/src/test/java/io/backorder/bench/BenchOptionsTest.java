package io.backorder.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static BenchOptions parse(String... args) {
        return BenchOptions.parse(List.of(args), Path.of("/work"));
    }

    @Test
    void the_defaults_are_issue_7s_sizes() {
        BenchOptions options = parse();

        assertThat(options.plan()).containsExactly("mixed");
        assertThat(options.orders()).isEqualTo(3000);
        assertThat(options.warmUpOrders()).isEqualTo(3000);
        assertThat(options.warmUpRounds()).isEqualTo(10);
        assertThat(options.linesPerOrder()).isEqualTo(3);
        assertThat(options.items()).isEqualTo(1000);
        assertThat(options.backorderShare()).isEqualTo(0.2);
        assertThat(options.hotOrders()).isEqualTo(10_000);
        assertThat(options.fillLines()).isEqualTo(100_000);
        assertThat(options.pacedRate()).as("half the burst's").isZero();
        assertThat(options.attach()).isFalse();
        assertThat(options.keepData()).isFalse();
        assertThat(options.fillFullAnswer()).isFalse();
        assertThat(options.profile()).isFalse();
    }

    @Test
    void sizes_scale_down_and_both_spellings_work() {
        BenchOptions options = parse("--orders", "500", "--hot-orders=2000", "--scenario", "hot-item", "--attach",
                "--keep-data", "--fill-full-answer", "--paced-rate", "80", "--profile");

        assertThat(options.orders()).isEqualTo(500);
        assertThat(options.pacedRate()).isEqualTo(80.0);
        assertThat(options.hotOrders()).isEqualTo(2000);
        assertThat(options.plan()).containsExactly("hot-item");
        assertThat(options.attach()).isTrue();
        assertThat(options.keepData()).isTrue();
        assertThat(options.fillFullAnswer()).isTrue();
        assertThat(options.profile()).isTrue();
    }

    @Test
    void all_runs_every_scenario_and_rebuild_brings_mixed_along() {
        assertThat(parse("--scenario", "all").plan()).containsExactly("mixed", "rebuild", "hot-item", "fill");
        assertThat(parse("--scenario", "rebuild").plan()).containsExactly("mixed", "rebuild");
    }

    @Test
    void mistakes_are_explained() {
        assertThatThrownBy(() -> parse("--scenario", "nightly")).hasMessageContaining("unknown scenario 'nightly'");
        assertThatThrownBy(() -> parse("--orders", "many")).hasMessageContaining("--orders needs a whole number");
        assertThatThrownBy(() -> parse("--lines", "5", "--items", "3")).hasMessageContaining("an order names each sku once");
        assertThatThrownBy(() -> parse("--fill-items", "2000")).hasMessageContaining("at most 1000");
        assertThatThrownBy(() -> parse("--speed", "1")).hasMessageContaining("unknown option '--speed'");
    }

    @Test
    void scenarios_sharing_a_stack_are_grouped() {
        assertThat(Bench.groups(List.of("mixed", "rebuild", "hot-item", "fill")))
                .extracting(group -> group.stream().map(scenario -> scenario.name()).toList())
                .containsExactly(List.of("mixed", "rebuild"), List.of("hot-item"), List.of("fill"));
    }
}
