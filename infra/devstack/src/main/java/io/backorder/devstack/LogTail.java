package io.backorder.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Stream;

/** The last lines of a log file, for error messages that say what a failed process said. */
final class LogTail {

    static final int DEFAULT_LINES = 30;

    private LogTail() {
    }

    /** The last {@code lines} lines of {@code file}, indented, or a note that it cannot be read. */
    static String of(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "    (" + file + " does not exist)";
        }
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            all.forEach(line -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (IOException | RuntimeException e) {
            return "    (cannot read " + file + ": " + e.getMessage() + ")";
        }
        if (last.isEmpty()) {
            return "    (" + file + " is empty)";
        }
        StringBuilder text = new StringBuilder();
        for (String line : last) {
            text.append("    ").append(line).append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    /** A message, then where the whole log is and its last lines. */
    static String explain(String message, Path file) {
        return message + System.lineSeparator() + "Log: " + file + " (last " + DEFAULT_LINES + " lines below)"
                + System.lineSeparator() + of(file, DEFAULT_LINES);
    }
}
