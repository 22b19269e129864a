package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsers of the Linux files the bench reads: process status, devstack's pid file, the load average. */
class ProcFilesTest {

    @Test
    void resident_memory_and_its_peak_come_from_the_status_file() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 4000000 kB", "VmHWM:\t  401408 kB",
                "VmRSS:\t  350208 kB", "Threads:\t42");

        assertThat(ProcStatus.parse(status)).hasValueSatisfying(figures -> {
            assertThat(figures.residentMiB()).isEqualTo(342.0);
            assertThat(figures.peakResidentMiB()).isEqualTo(392.0);
        });
    }

    @Test
    void a_status_without_memory_lines_gives_nothing() {
        assertThat(ProcStatus.parse(List.of("Name:\tkthreadd", "State:\tS (sleeping)"))).isEmpty();
    }

    @Test
    void the_pid_file_maps_names_to_pids_and_skips_other_lines() {
        assertThat(PidFile.parse(List.of("devstack 100", "kafka 101", "order-service 102", "garbage", "x notapid")))
                .containsExactly(Map.entry("devstack", 100L), Map.entry("kafka", 101L),
                        Map.entry("order-service", 102L));
    }

    @Test
    void the_load_average_is_the_first_three_numbers() {
        assertThat(LoadAverage.parse("3.62 1.44 0.54 3/111 9194\n")).isEqualTo(new LoadAverage(3.62, 1.44, 0.54));
    }
}
