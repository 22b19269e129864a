package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ServiceJvmOptionsTest {

    @Test
    void services_run_within_issue_sevens_memory_bound_unless_the_environment_names_other_options() {
        assertThat(ServiceProcess.jvmOptions(null)).contains("-Xmx200m", "-XX:+UseSerialGC");
        assertThat(ServiceProcess.jvmOptions("  ")).isEqualTo(ServiceProcess.JVM_OPTIONS);
        assertThat(ServiceProcess.jvmOptions(" -Xmx384m  -XX:+UseG1GC ")).containsExactly("-Xmx384m", "-XX:+UseG1GC");
    }

    @Test
    @EnabledOnOs(OS.LINUX) // reads the threads' niceness from /proc
    void a_service_jvm_compiles_at_the_lowest_priority_and_runs_its_own_threads_at_the_usual_one() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ChildProcessLauncher.javaBinary());
        command.addAll(ServiceProcess.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Waits.class.getName()));
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start(); // its standard input stays open: it runs until the test closes it
        try {
            Map<String, Integer> niceness = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                    .until(() -> threadNiceness(jvm.pid()),
                            threads -> threads.containsKey("C2 CompilerThre") && threads.containsKey("java"));

            assertThat(niceness).containsEntry("C1 CompilerThre", 19).containsEntry("C2 CompilerThre", 19)
                    .containsEntry("java", 0);
        } finally {
            jvm.getOutputStream().close();
            if (!jvm.waitFor(10, TimeUnit.SECONDS)) {
                jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Thread name → niceness; empty when a thread ended while they were read. */
    private static Map<String, Integer> threadNiceness(long pid) throws IOException {
        Map<String, Integer> niceness = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                // after "pid (comm) ", the 17th field is the niceness (proc(5): field 19)
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                niceness.put(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), Integer.parseInt(fields[16]));
            }
        } catch (NoSuchFileException threadEnded) {
            return Map.of();
        }
        return niceness;
    }

    /** A JVM that runs, to be looked at, until its standard input is closed. */
    public static final class Waits {
        public static void main(String[] args) throws IOException {
            System.in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
