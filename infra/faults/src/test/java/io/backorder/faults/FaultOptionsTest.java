package io.backorder.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.faults.scenario.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultOptionsTest {

    private static final Path HERE = Path.of("/work/here");

    @Test
    void without_options_every_scenario_runs_at_the_sizes_of_issue_8() {
        FaultOptions options = FaultOptions.parse(List.of(), HERE);

        assertThat(options.scenarios()).isEqualTo(Scenarios.NAMES);
        assertThat(options.receipts()).isEqualTo(10_000);
        assertThat(options.importOrders()).isEqualTo(10_000);
        assertThat(options.portOffset()).isEqualTo(FaultOptions.DEFAULT_PORT_OFFSET);
        assertThat(options.runRoot()).isNull();
    }

    @Test
    void scenarios_named_in_any_order_run_in_the_documented_order() {
        FaultOptions options = FaultOptions.parse(List.of("--scenario", "race,poison", "--receipts=300",
                "--run-dir", "runs"), HERE);

        assertThat(options.scenarios()).containsExactly("poison", "race");
        assertThat(options.receipts()).isEqualTo(300);
        assertThat(options.runRoot()).isEqualTo(HERE.resolve("runs"));
    }

    @Test
    void an_unknown_scenario_or_option_and_a_missing_value_are_refused_with_the_way_out() {
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--scenario", "chaos"), HERE))
                .hasMessageContaining("unknown scenario 'chaos'").hasMessageContaining("kill-inventory");
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--chaos", "1"), HERE))
                .hasMessageContaining("unknown option '--chaos'");
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--receipts"), HERE))
                .hasMessageContaining("--receipts needs a value");
        assertThatThrownBy(() -> FaultOptions.parse(List.of("--receipts", "5"), HERE))
                .hasMessageContaining("at least 10");
    }
}
