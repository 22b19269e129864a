package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRegistryTest {

    @TempDir
    Path runDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatTheTestStarted() {
        started.forEach(Process::destroyForcibly);
    }

    /**
     * A process that idles until killed, with {@code marker} on its command line ({@code tail -f /dev/null marker}:
     * the JDK reports the resolved executable, so only the arguments can carry a name).
     */
    private ProcessHandle sleeper(Path marker) throws IOException {
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "");
        Process process = new ProcessBuilder("tail", "-f", "/dev/null", marker.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        started.add(process);
        return process.toHandle();
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void recordsThisJvmThenEachProcessItStarts() throws IOException {
        ProcessRegistry registry = new ProcessRegistry(runDir);
        registry.begin();
        ProcessHandle child = sleeper(runDir.resolve("bin/child"));
        registry.register("kafka", child);

        assertThat(Files.readAllLines(runDir.resolve("pids")))
                .containsExactly("devstack " + ProcessHandle.current().pid(), "kafka " + child.pid());

        registry.clear();
        assertThat(runDir.resolve("pids")).doesNotExist();
    }

    @Test
    void aLeftoverWhoseCommandLineNamesTheRunDirectoryIsStopped() throws IOException {
        ProcessHandle leftover = sleeper(runDir.resolve("bin/order-service"));
        writeFile(runDir.resolve("pids"), "devstack 999999999\norder-service " + leftover.pid() + "\n");

        List<String> stopped = new ProcessRegistry(runDir).stopLeftovers();

        assertThat(stopped).containsExactly("order-service (pid " + leftover.pid() + ")");
        assertThat(leftover.isAlive()).isFalse();
        assertThat(runDir.resolve("pids")).doesNotExist();
    }

    @Test
    void aStalePidNowUsedByAProcessThatIsNotOursIsLeftAlone(@TempDir Path elsewhere) throws IOException {
        ProcessHandle stranger = sleeper(elsewhere.resolve("someone-elses-program"));
        writeFile(runDir.resolve("pids"), "kafka " + stranger.pid() + "\n");

        List<String> stopped = new ProcessRegistry(runDir).stopLeftovers();

        assertThat(stopped).isEmpty();
        assertThat(stranger.isAlive()).isTrue();
    }

    @Test
    void deadPidsAndMalformedLinesAreSkipped() throws IOException {
        Process finished = new ProcessBuilder("true").start();
        finished.onExit().join();
        writeFile(runDir.resolve("pids"), "kafka " + finished.pid() + "\ngarbage\nname notanumber\n\nx -3\n");

        assertThat(new ProcessRegistry(runDir).stopLeftovers()).isEmpty();
        assertThat(ProcessRegistry.parse(List.of("a 1", "b", "c d", "e 2 3", " f  4 ")))
                .containsExactly(new ProcessRegistry.Entry("a", 1), new ProcessRegistry.Entry("f", 4));
    }

    @Test
    void aDevstackStillRunningInTheSameRunDirectoryIsNotDisturbed() throws IOException {
        Process otherJvm = new ProcessBuilder(ChildProcessLauncher.javaBinary(), "-cp",
                System.getProperty("java.class.path"), Sleeper.class.getName()).start();
        started.add(otherJvm);
        ProcessHandle itsChild = sleeper(runDir.resolve("bin/kafka.Kafka"));
        writeFile(runDir.resolve("pids"), "devstack " + otherJvm.pid() + "\nkafka " + itsChild.pid() + "\n");

        ProcessRegistry registry = new ProcessRegistry(runDir);
        assertThatThrownBy(registry::stopLeftovers)
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("another devstack (pid " + otherJvm.pid() + ") is running");
        registry.clear();

        assertThat(itsChild.isAlive()).isTrue();
        assertThat(runDir.resolve("pids")).as("the other run's record").exists();
    }

    @Test
    void aLeftoverPostgresIsFoundThroughItsPostmasterPidFile() throws IOException {
        Path dataDir = runDir.resolve("pg/data");
        ProcessHandle postmaster = sleeper(runDir.resolve("pg/work/bin/postgres"));
        writeFile(dataDir.resolve("postmaster.pid"), postmaster.pid() + "\n" + dataDir + "\n1700000000\n15432\n");

        assertThat(new ProcessRegistry(runDir).stopLeftoverPostgres(dataDir))
                .contains("postgres (pid " + postmaster.pid() + ")");
        assertThat(postmaster.isAlive()).isFalse();
    }

    @Test
    void aPostmasterPidNowUsedBySomethingElseIsLeftAlone(@TempDir Path elsewhere) throws IOException {
        Path dataDir = runDir.resolve("pg/data");
        ProcessHandle stranger = sleeper(elsewhere.resolve("editor"));
        writeFile(dataDir.resolve("postmaster.pid"), stranger.pid() + "\n");

        assertThat(new ProcessRegistry(runDir).stopLeftoverPostgres(dataDir)).isEmpty();
        assertThat(stranger.isAlive()).isTrue();
        assertThat(new ProcessRegistry(runDir).stopLeftoverPostgres(runDir.resolve("no/such/dir"))).isEmpty();
    }

    @Test
    void stopAsksFirstThenKills() throws IOException {
        ProcessHandle polite = sleeper(runDir.resolve("bin/polite"));
        assertThat(ProcessRegistry.stop(polite, Duration.ofSeconds(5))).isTrue();
        assertThat(polite.isAlive()).isFalse();

        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; exec sleep 60").start();
        started.add(stubborn);
        stubborn.getInputStream().read(); // the trap is set
        assertThat(ProcessRegistry.stop(stubborn.toHandle(), Duration.ofMillis(300))).isFalse();
        assertThat(stubborn.isAlive()).isFalse();
    }

    /** Stands for another devstack JVM. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(60_000);
        }
    }
}
