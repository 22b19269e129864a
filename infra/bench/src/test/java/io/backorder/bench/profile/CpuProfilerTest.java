package io.backorder.bench.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(value = OS.LINUX, architectures = "amd64") // the agent in the bench's class path is linux-x64's
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuProfilerTest {

    /** CPU the spinning JVM burns per request: a few hundred of the profiler's 2 ms samples. */
    static final long SPIN_CPU_MILLIS = 600;

    @TempDir
    Path dir;

    @Test
    void a_phase_shows_where_the_profiled_jvm_spent_its_cpu_and_keeps_its_stacks() throws Exception {
        Process jvm = startSpinner();
        try (Writer requests = jvm.outputWriter(StandardCharsets.UTF_8);
             BufferedReader answers = jvm.inputReader(StandardCharsets.UTF_8)) {
            CpuProfiler profiler = CpuProfiler.attach(Map.of("spinner", jvm.pid()), dir);
            spin(requests, answers); // before begin(): not in the phase

            profiler.begin();
            spin(requests, answers);
            CpuProfile profile = profiler.end("spinning").orElseThrow();

            assertThat(profile.unavailable()).isEmpty();
            CpuProfile.ProcessSamples spinner = profile.processes().get("spinner");
            assertThat(spinner.samples() * profile.sampleSeconds()).as("CPU-seconds sampled")
                    .isBetween(0.3, 3.0);
            assertThat(spinner.share("Backorder Manager")).as("the spinning method's share").isGreaterThan(0.5);
            assertThat(Path.of(spinner.collapsedStacks())).hasFileName("spinning-spinner.collapsed");
            assertThat(Files.readString(Path.of(spinner.collapsedStacks()))).contains("Spinner.spin");
        } finally {
            stop(jvm);
        }
    }

    @Test
    void a_process_that_takes_no_agent_is_reported_with_the_reason_and_the_others_are_still_profiled()
            throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Process jvm = startSpinner();
        try (Writer requests = jvm.outputWriter(StandardCharsets.UTF_8);
             BufferedReader answers = jvm.inputReader(StandardCharsets.UTF_8)) {
            Map<String, Long> jvms = new LinkedHashMap<>();
            jvms.put("gone", gone.pid());
            jvms.put("spinner", jvm.pid());
            CpuProfiler profiler = CpuProfiler.attach(jvms, dir);

            profiler.begin();
            spin(requests, answers);
            CpuProfile profile = profiler.end("phase").orElseThrow();

            assertThat(profile.unavailable()).containsOnlyKeys("gone");
            assertThat(profile.unavailable().get("gone")).startsWith("async-profiler's 'start' failed");
            assertThat(profile.processes()).containsOnlyKeys("spinner");
            assertThat(profile.processes().get("spinner").samples()).isPositive();
        } finally {
            stop(jvm);
        }
    }

    @Test
    void without_profile_nothing_is_attached_and_no_phase_is_reported() {
        CpuProfiler off = CpuProfiler.off();

        off.begin();

        assertThat(off.enabled()).isFalse();
        assertThat(off.end("phase")).isEmpty();
    }

    private static Process startSpinner() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Spinner.class.getName())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Asks the spinner for one round of CPU and waits for it to be done (the agent's messages come in between). */
    private static void spin(Writer requests, BufferedReader answers) throws IOException {
        requests.write("spin\n");
        requests.flush();
        String line;
        do {
            line = answers.readLine();
        } while (line != null && !line.equals("done"));
        assertThat(line).as("the spinner's answer").isEqualTo("done");
    }

    private static void stop(Process jvm) throws InterruptedException {
        jvm.destroy();
        if (!jvm.waitFor(10, TimeUnit.SECONDS)) {
            jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A JVM that burns {@link #SPIN_CPU_MILLIS} of CPU for each line it reads, then answers "done". */
    public static final class Spinner {
        public static void main(String[] args) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (in.readLine() != null) {
                long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(SPIN_CPU_MILLIS);
                double sink = 0;
                while (threads.getCurrentThreadCpuTime() < until) {
                    sink += spin(sink);
                }
                System.out.println(sink == 42 ? "unlikely" : "done");
                System.out.flush();
            }
        }

        static double spin(double seed) {
            double x = seed;
            for (int i = 0; i < 10_000; i++) {
                x = Math.sqrt(x + i) * 1.0000001;
            }
            return x;
        }
    }
}
