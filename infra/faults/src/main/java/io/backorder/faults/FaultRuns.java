package io.backorder.faults;

import io.backorder.bench.observe.LoadAverage;
import io.backorder.devstack.ExternalPostgres;
import io.backorder.devstack.LocalStack;
import io.backorder.devstack.StackOptions;
import io.backorder.faults.audit.Check;
import io.backorder.faults.scenario.FaultContext;
import io.backorder.faults.scenario.FaultResult;
import io.backorder.faults.scenario.FaultScenario;
import io.backorder.faults.scenario.Figure;
import io.backorder.faults.scenario.Scenarios;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./faults.sh [options]}: issue 8's fault runs. Each scenario gets a fresh stack of its own (devstack, no demo
 * data, in {@code <run root>/<scenario>/}, at the port offset given), which it loads, strikes and audits; the stack is
 * stopped after it. Prints each scenario's figures and audit as it finishes and the whole report at the end (also
 * written to {@code faults-result.md} in the run root). Exits 1 when any scenario failed or its audit found a
 * discrepancy, 2 for a bad command line.
 */
public final class FaultRuns {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final String REPO_ROOT_PROPERTY = "backorder.repo.root";
    static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** Ports of the second instances in the rebalance run: above the stack's own, at the same offset. */
    static final int SECOND_INSTANCE_PORT_GAP = 20;

    private final FaultOptions options;
    private final Path repoRoot;
    private final Path runRoot;
    private final Instant startedAt;
    private final PrintStream out;

    FaultRuns(FaultOptions options, Path repoRoot, Instant startedAt, PrintStream out) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.startedAt = startedAt;
        this.runRoot = options.runRoot() != null ? options.runRoot()
                : repoRoot.resolve("infra/faults/target/fault-runs").resolve(RUN_STAMP.format(startedAt));
        this.out = out;
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(FaultOptions.USAGE);
            return;
        }
        FaultOptions options;
        try {
            options = FaultOptions.parse(arguments, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println("faults: " + e.getMessage());
            System.err.println();
            System.err.print(FaultOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        FaultRuns runs = new FaultRuns(options, repoRoot(), Instant.now(), System.out);
        // before anything logs: log4j2 reads its configuration once, at the first logger
        System.setProperty("faults.log.file", runs.runRoot.resolve("faults.log").toString());
        System.setProperty("log4j2.configurationFile", "faults-log4j2.properties");
        List<FaultResult> results = runs.runAll();
        String commit = System.getenv().getOrDefault("FAULTS_GIT_COMMIT", "unknown");
        Duration took = Duration.between(runs.startedAt, Instant.now());
        System.out.println();
        System.out.println(FaultReport.summary(results, arguments, commit, runs.startedAt, took));
        try {
            Files.writeString(runs.runRoot.resolve("faults-result.md"),
                    FaultReport.render(results, arguments, commit, runs.startedAt, took));
            System.out.println("written: " + runs.runRoot.resolve("faults-result.md"));
        } catch (IOException e) {
            System.err.println("faults: cannot write the report: " + e.getMessage());
        }
        System.exit(results.stream().allMatch(FaultResult::holds) ? 0 : EXIT_FAILED);
    }

    List<FaultResult> runAll() {
        List<FaultResult> results = new ArrayList<>();
        // base 36 of the start second: short enough for skus, different for every run
        String runId = Long.toString(startedAt.getEpochSecond(), 36).toUpperCase();
        for (String name : options.scenarios()) {
            FaultScenario scenario = Scenarios.named(name);
            out.println("[faults] " + name + ": " + scenario.description());
            out.println("[faults] " + name + ": starting a fresh stack (port offset " + options.portOffset() + ") …");
            FaultResult result;
            String loadBefore = loadAverage();
            long start = System.nanoTime();
            try {
                result = runOnFreshStack(scenario, runId);
            } catch (Exception e) {
                e.printStackTrace(out);
                result = new FaultResult.Builder(name)
                        .figure(Figure.text("stopped by", e.toString()))
                        .check(new Check("ran to the end", "the scenario ran to its audit", 1,
                                List.of("it stopped: " + e)))
                        .build();
            }
            result = result.withFigure(Figure.seconds("whole run, with its stack's start and stop",
                            Duration.ofNanos(System.nanoTime() - start)))
                    .withFigure(Figure.text("load average (1 min) of this " + Runtime.getRuntime().availableProcessors()
                            + "-core machine, before and after", loadBefore + ", " + loadAverage()));
            results.add(result);
            out.println(FaultReport.section(result));
        }
        return results;
    }

    private FaultResult runOnFreshStack(FaultScenario scenario, String runId) throws Exception {
        Path runDir = runRoot.resolve(scenario.name());
        Files.createDirectories(runDir);
        StackOptions stackOptions = new StackOptions(repoRoot, runDir, options.portOffset(), false,
                ExternalPostgres.fromEnvironment(System.getenv()).orElse(null));
        try (PrintStream stackProgress = new PrintStream(Files.newOutputStream(runDir.resolve("stack.out")), true);
             LocalStack stack = LocalStack.start(stackOptions, stackProgress)) {
            if (scenario.needsSecondInstances()) {
                stack.startExtraInstance("inventory-service", stackOptions.inventoryPort() + SECOND_INSTANCE_PORT_GAP);
                stack.startExtraInstance("order-service", stackOptions.orderPort() + SECOND_INSTANCE_PORT_GAP);
            }
            return scenario.run(new FaultContext(stack, options, out, runId));
        }
    }

    /** On a machine shared with other people's builds, a figure taken at load 8 is not one taken at load 1. */
    private static String loadAverage() {
        return LoadAverage.now().map(load -> String.format(java.util.Locale.ROOT, "%.1f", load.oneMinute()))
                .orElse("unknown");
    }

    /** The repository: {@value #REPO_ROOT_PROPERTY} (faults.sh sets it), else the first directory up with infra/faults. */
    static Path repoRoot() {
        String given = System.getProperty(REPO_ROOT_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("infra/faults")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository above " + Path.of("").toAbsolutePath()
                + "; run the fault runs from inside it, or through ./faults.sh");
    }
}
