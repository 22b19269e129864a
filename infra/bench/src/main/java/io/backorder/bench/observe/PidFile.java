package io.backorder.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pids} file devstack keeps in its run directory ({@code name pid} a line, the devstack JVM first): how
 * the bench finds the services' processes, also of a stack it did not start.
 */
public final class PidFile {

    public static final String NAME = "pids";

    private PidFile() {
    }

    /** Name to pid, in file order; the last line wins for a name written twice. */
    public static Map<String, Long> read(Path runDir) throws IOException {
        Path file = runDir.resolve(NAME);
        return Files.isRegularFile(file) ? parse(Files.readAllLines(file)) : Map.of();
    }

    static Map<String, Long> parse(List<String> lines) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 2) {
                continue;
            }
            try {
                pids.put(parts[0], Long.parseLong(parts[1]));
            } catch (NumberFormatException ignored) {
                // not a line devstack wrote
            }
        }
        return pids;
    }
}
