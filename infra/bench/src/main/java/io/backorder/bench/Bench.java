package io.backorder.bench;

import io.backorder.bench.compare.PostgresSettings;
import io.backorder.bench.observe.EventTap;
import io.backorder.bench.observe.SystemSampler;
import io.backorder.bench.profile.CpuProfiler;
import io.backorder.bench.profile.PhaseProfiler;
import io.backorder.bench.profile.StatementProfiler;
import io.backorder.bench.report.BenchReport;
import io.backorder.bench.report.Environment;
import io.backorder.bench.report.Goal;
import io.backorder.bench.report.JsonReport;
import io.backorder.bench.report.MarkdownReport;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.ScenarioReport;
import io.backorder.bench.scenario.ColdStart;
import io.backorder.bench.scenario.FillScenario;
import io.backorder.bench.scenario.HotItemScenario;
import io.backorder.bench.scenario.MixedScenario;
import io.backorder.bench.scenario.RebuildScenario;
import io.backorder.bench.scenario.Scenario;
import io.backorder.bench.scenario.ScenarioContext;
import io.backorder.contracts.Topics;
import io.backorder.devstack.StackStartException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./bench.sh [options]}: issue 7's benchmark. For each group of scenarios it starts a fresh stack (or uses the
 * attached one), runs the scenarios against it while sampling memory and load, and at the end prints the markdown
 * report and writes it, with the JSON, into the run's directory. Nothing is asserted; the exit code is 0 unless the
 * bench itself could not run.
 */
public final class Bench {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final Goal RESIDENT_MEMORY = Goal.atMost(512, "MiB");
    static final String REPO_ROOT_PROPERTY = "backorder.repo.root";
    static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BenchOptions options;
    private final Path repoRoot;
    private final Path runRoot;
    private final String runId;
    private final BenchReport report;

    private Bench(BenchOptions options, Path repoRoot, Instant startedAt, List<String> args) {
        this.options = options;
        this.repoRoot = repoRoot;
        this.runRoot = repoRoot.resolve("infra/bench/target/bench-runs").resolve(RUN_STAMP.format(startedAt));
        // base 36 of the start second: short enough for skus, different for every run on the same stack
        this.runId = Long.toString(startedAt.getEpochSecond(), 36).toUpperCase();
        this.report = new BenchReport(startedAt, args);
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(arguments, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println();
            System.err.print(BenchOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        Bench bench = new Bench(options, repoRoot(), Instant.now(), arguments);
        // before anything logs: log4j2 reads its configuration once, at the first logger
        System.setProperty("bench.log.file", bench.runRoot.resolve("bench.log").toString());
        System.setProperty("log4j2.configurationFile", "bench-log4j2.properties");
        System.exit(bench.run());
    }

    private int run() {
        int exit = 0;
        for (List<Scenario> group : groups(options.plan())) {
            String name = group.get(0).name();
            try {
                runGroup(group);
            } catch (StackStartException e) {
                System.err.println("bench: the stack for " + name + " did not start: " + e.getMessage());
                report.add(new ScenarioReport(name, "not run").note("the stack did not start: " + e.getMessage()));
                exit = EXIT_FAILED;
            } catch (Exception e) {
                System.err.println("bench: " + name + " failed: " + e);
                e.printStackTrace();
                report.add(new ScenarioReport(name, "failed").note("failed: " + e));
                exit = EXIT_FAILED;
            }
        }
        report.finished(Instant.now());
        String markdown = MarkdownReport.render(report);
        System.out.println();
        System.out.println(markdown);
        try {
            Path json = options.out() != null ? options.out() : runRoot.resolve("bench-result.json");
            JsonReport.write(report, json);
            Files.writeString(runRoot.resolve("bench-result.md"), markdown);
            System.out.println("written: " + json + " and " + runRoot.resolve("bench-result.md"));
        } catch (IOException e) {
            System.err.println("bench: cannot write the report: " + e.getMessage());
            exit = EXIT_FAILED;
        }
        return exit;
    }

    /**
     * Scenarios grouped by the stack they share: rebuild reads what mixed wrote, so it runs on mixed's stack; every
     * other scenario gets a fresh stack (empty databases, empty topics) of its own.
     */
    static List<List<Scenario>> groups(List<String> plan) {
        Map<String, List<Scenario>> groups = new LinkedHashMap<>();
        for (String name : plan) {
            String stack = name.equals(RebuildScenario.NAME) ? MixedScenario.NAME : name;
            groups.computeIfAbsent(stack, key -> new ArrayList<>()).add(scenario(name));
        }
        return List.copyOf(groups.values());
    }

    static Scenario scenario(String name) {
        return switch (name) {
            case MixedScenario.NAME -> new MixedScenario();
            case RebuildScenario.NAME -> new RebuildScenario();
            case HotItemScenario.NAME -> new HotItemScenario();
            case FillScenario.NAME -> new FillScenario();
            default -> throw new IllegalArgumentException("no scenario " + name);
        };
    }

    private void runGroup(List<Scenario> group) throws Exception {
        String name = group.get(0).name();
        System.out.println("[bench] " + name + ": " + (options.attach() ? "attaching to the stack at port offset "
                + options.portOffset() : "starting a fresh stack (port offset " + options.portOffset() + ") …"));
        BenchStack started = options.attach()
                ? BenchStack.attach(repoRoot, options.runDir(), options.portOffset())
                : BenchStack.start(repoRoot, runRoot.resolve(name), options.portOffset(),
                        options.profile() ? StatementProfiler.SERVER_SETTINGS : Map.of(), System.out);
        try {
            runScenarios(group, started);
        } finally {
            started.close();
            if (!options.keepData()) {
                deleteData(started);
            }
        }
    }

    private static void deleteData(BenchStack stack) {
        try {
            stack.deleteData();
        } catch (IOException e) {
            System.err.println("bench: could not delete the stack's data: " + e);
        }
    }

    private void runScenarios(List<Scenario> group, BenchStack stack) throws Exception {
        try (EventTap tap = new EventTap(stack.kafkaBootstrapServers(),
                List.of(Topics.ORDERS_EVENTS, Topics.INVENTORY_EVENTS)).start()) {
            if (report.environment() == null) {
                report.environment(environment(stack));
            }
            ScenarioContext unprofiled = new ScenarioContext(stack, options, tap, System.out, runId,
                    PhaseProfiler.off());
            List<Measure> coldStart = ColdStart.measure(unprofiled);
            ScenarioContext context = new ScenarioContext(stack, options, tap, System.out, runId, profiler(stack));
            for (Scenario scenario : group) {
                ScenarioReport result;
                try (SystemSampler sampler = new SystemSampler(stack.pids())) {
                    result = scenario.run(context);
                    result.system(sampler.summary());
                }
                coldStart.forEach(result::add);
                coldStart = List.of();
                result.add(memoryMeasure(result.system()));
                result.note(stack.describe());
                if (tap.unreadable() > 0) {
                    result.note(tap.unreadable() + " records on the tapped topics were not event envelopes");
                }
                report.add(result);
            }
        }
    }

    /**
     * With {@code --profile}: async-profiler loaded into the stack's JVMs after the cold start was measured, its
     * stacks kept in {@code profiles/} of the run's directory, and PostgreSQL's statement counts; off otherwise. A
     * part that cannot be had is left out, and the report says why.
     */
    private PhaseProfiler profiler(BenchStack stack) {
        if (!options.profile()) {
            return PhaseProfiler.off();
        }
        CpuProfiler jvms = CpuProfiler.off();
        Map<String, Long> pids = stack.pids();
        if (pids.isEmpty()) {
            System.err.println("bench: --profile: no pids of the stack's JVMs (attached without --run-dir):"
                    + " their CPU is not profiled");
        } else {
            try {
                jvms = CpuProfiler.attach(pids, runRoot.resolve("profiles"));
                System.out.println("[bench] profiling " + String.join(", ", pids.keySet()) + " with async-profiler");
            } catch (IOException e) {
                System.err.println("bench: --profile: async-profiler could not be loaded: " + e.getMessage());
            }
        }
        return new PhaseProfiler(jvms, StatementProfiler.on(stack.database()));
    }

    /** The largest peak among the four services (Kafka is not a service of ours). */
    static Measure memoryMeasure(SystemSampler.Summary system) {
        String name = "largest service peak resident memory";
        if (system == null || system.memory().isEmpty()) {
            return new Measure(name, null, "MiB", RESIDENT_MEMORY, "no pids to read (attached without --run-dir)");
        }
        return system.memory().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("-service"))
                .max(Map.Entry.comparingByValue((a, b) -> Double.compare(a.peakMiB(), b.peakMiB())))
                .map(entry -> new Measure(name, entry.getValue().peakMiB(), "MiB", RESIDENT_MEMORY, entry.getKey()))
                .orElse(new Measure(name, null, "MiB", RESIDENT_MEMORY, "no service process found"));
    }

    private static Environment environment(BenchStack stack) {
        PostgresSettings settings = null;
        try (Connection connection = stack.database().connect("postgres")) {
            settings = PostgresSettings.read(connection);
        } catch (SQLException e) {
            System.err.println("bench: cannot read PostgreSQL's settings: " + e.getMessage());
        }
        return new Environment(Environment.Machine.current(), Environment.Versions.current(),
                stack.database().server(), settings);
    }

    /** The repository: {@value #REPO_ROOT_PROPERTY} (bench.sh sets it), else the first directory up with infra/bench. */
    static Path repoRoot() {
        String given = System.getProperty(REPO_ROOT_PROPERTY);
        if (given != null && !given.isBlank()) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("infra/bench")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository above " + Path.of("").toAbsolutePath()
                + "; run the bench from inside it, or through ./bench.sh");
    }
}
