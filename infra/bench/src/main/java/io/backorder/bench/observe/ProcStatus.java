package io.backorder.bench.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Resident memory of a process from {@code /proc/<pid>/status} (Linux): {@code VmRSS} now and {@code VmHWM}, the
 * peak the kernel has seen since the process started. The peak is what the 512 MiB goal is about: sampling would
 * miss a short spike.
 */
public record ProcStatus(long residentKiB, long peakResidentKiB) {

    /** The process's figures, or empty if it is gone or this is not Linux. */
    public static Optional<ProcStatus> of(long pid) {
        try {
            return parse(Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The figures in the lines of a status file; empty if either is missing. */
    static Optional<ProcStatus> parse(List<String> lines) {
        long rss = -1;
        long hwm = -1;
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kib(line);
            }
        }
        return rss < 0 || hwm < 0 ? Optional.empty() : Optional.of(new ProcStatus(rss, hwm));
    }

    /** {@code "VmRSS:\t  123456 kB"} → 123456. */
    private static long kib(String line) {
        String[] parts = line.substring(line.indexOf(':') + 1).trim().split("\\s+");
        return Long.parseLong(parts[0]);
    }

    public double residentMiB() {
        return residentKiB / 1024.0;
    }

    public double peakResidentMiB() {
        return peakResidentKiB / 1024.0;
    }
}
