package io.backorder.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts the Java child processes of the stack (the broker, its storage tool, the services) with their output
 * appended to a log file. Each runs in a session of its own ({@code setsid}), so the Ctrl-C a terminal sends to
 * its foreground process group reaches only devstack, which then stops the children in order.
 */
final class ChildProcessLauncher {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final File NO_INPUT = new File("/dev/null");

    private ChildProcessLauncher() {
    }

    /** The {@code java} of the JVM running devstack. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * This JVM's class path with absolute entries, so that a child started in another directory reads the same
     * jars (under {@code java -jar devstack.jar} it is that jar, whose manifest names {@code lib/*}).
     */
    static String currentClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /**
     * Starts {@code command} in {@code workDir} with {@code environment} added to this process's, stdout and stderr
     * appended to {@code logFile}.
     */
    static Process launch(List<String> command, Path workDir, Map<String, String> environment, Path logFile)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(workDir);
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
