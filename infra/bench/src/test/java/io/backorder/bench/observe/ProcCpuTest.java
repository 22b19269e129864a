package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcCpuTest {

    @Test
    void a_process_s_time_is_its_own_user_and_system_time_and_that_of_the_children_it_reaped() {
        // pid (comm) state ppid … utime=1500 stime=250 cutime=40 cstime=10 …; the name holds a space and a parenthesis
        String stat = "4242 (C2 Compiler) x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1500 250 40 10 20 0 30 0 123 456";

        assertThat(ProcCpu.ticks(stat)).isEqualTo(1800);
    }

    @Test
    void what_each_process_used_between_two_snapshots_leaves_out_one_that_was_not_in_both() {
        Map<String, Double> used = ProcCpu.between(Map.of("order-service", 10.0, "kafka", 3.0),
                Map.of("order-service", 14.5, "postgresql", 2.0));

        assertThat(used).containsExactly(Map.entry("order-service", 4.5));
    }

    @Test
    void the_jit_compiler_threads_are_told_apart_from_the_others_by_their_name() {
        assertThat(ProcCpu.isCompilerThread("17 (C2 CompilerThre) S 1 2 3 0 -1 0 0 0 0 0 900 10 0 0")).isTrue();
        assertThat(ProcCpu.isCompilerThread("18 (C1 CompilerThre) S 1 2 3 0 -1 0 0 0 0 0 90 1 0 0")).isTrue();
        assertThat(ProcCpu.isCompilerThread("19 (vert.x-worker-t) S 1 2 3 0 -1 0 0 0 0 0 500 50 0 0")).isFalse();
        assertThat(ProcCpu.isCompilerThread("20 (GC Thread#0) S 1 2 3 0 -1 0 0 0 0 0 40 4 0 0")).isFalse();
    }

    @Test
    void a_process_that_is_no_jvm_has_no_compiler_threads() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(ProcCpu.compilerThreads(Map.of("sleep", sleeper.pid()))).isEmpty();
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void this_jvm_has_compiler_threads() {
        assertThat(ProcCpu.compilerThreads(Map.of("bench", ProcessHandle.current().pid()))).isNotEmpty();
    }

    @Test
    void compiler_time_counts_a_thread_started_since_whole_and_leaves_one_that_ended_out() {
        // thread 11 ran on (500 → 800 ticks), 12 ended, 13 started since with 40 ticks
        Map<Long, Long> before = Map.of(11L, 500L, 12L, 900L);
        Map<Long, Long> after = Map.of(11L, 800L, 13L, 40L);

        assertThat(ProcCpu.compilerSecondsBetween(before, after)).isEqualTo(3.4);
    }

    @Test
    void this_process_has_used_some_cpu_time_on_linux() {
        assertThat(ProcCpu.secondsOf(ProcessHandle.current().pid())).isPresent();
        assertThat(ProcCpu.secondsOf(ProcessHandle.current().pid()).getAsDouble()).isPositive();
    }
}
