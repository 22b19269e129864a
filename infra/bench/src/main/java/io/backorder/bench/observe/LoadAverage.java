package io.backorder.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine's load average from {@code /proc/loadavg}. On two cores shared with other people's compilers, a
 * figure taken at load 4 is not one taken at load 1: the report carries it so that noisy figures can be told apart.
 */
public record LoadAverage(double oneMinute, double fiveMinutes, double fifteenMinutes) {

    public static Optional<LoadAverage> now() {
        try {
            return Optional.of(parse(Files.readString(Path.of("/proc/loadavg"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code "0.52 0.58 0.59 1/467 12345"} → (0.52, 0.58, 0.59). */
    static LoadAverage parse(String text) {
        String[] parts = text.trim().split("\\s+");
        return new LoadAverage(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    }
}
