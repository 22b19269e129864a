package io.backorder.bench.report;

import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.LoadAverage;
import io.backorder.bench.observe.SystemSampler;
import io.backorder.bench.profile.CpuProfile;
import io.backorder.bench.profile.PhaseProfile;
import io.backorder.bench.profile.StatementProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report as markdown, for the console and for pasting into an issue: the setting first (machine, versions,
 * PostgreSQL's durability settings), then one table of every figure with its goal, then latencies, memory and load,
 * and the CPU profiles of {@code --profile}.
 */
public final class MarkdownReport {

    static final String NOT_AVAILABLE = "not available";

    private MarkdownReport() {
    }

    public static String render(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Backorder Manager benchmark, ").append(report.startedAt()).append("\n\n");
        environment(out, report.environment());
        figures(out, report.scenarios());
        latencies(out, report.scenarios());
        system(out, report.scenarios());
        profiles(out, report.scenarios());
        notes(out, report.scenarios());
        return out.toString();
    }

    private static void environment(StringBuilder out, Environment environment) {
        if (environment == null) {
            return;
        }
        Environment.Machine machine = environment.machine();
        out.append("- machine: ").append(machine.cores()).append(" cores, ")
                .append(Numbers.format(machine.memoryMiB() / 1024.0)).append(" GiB, ").append(machine.cpu())
                .append("; ").append(machine.os()).append("; ").append(machine.java()).append('\n');
        Environment.Versions versions = environment.versions();
        out.append("- versions: Backorder Manager ").append(versions.project()).append(" (commit ")
                .append(versions.gitCommit()).append("), Quarkus ").append(versions.quarkus()).append(", Kafka ")
                .append(versions.kafka()).append(" (clients ").append(versions.kafkaClient()).append(")\n");
        if (environment.postgres() != null) {
            out.append("- PostgreSQL ").append(environment.postgres().serverVersion()).append(" at ")
                    .append(environment.postgresServer()).append(": fsync=").append(environment.postgres().fsync())
                    .append(", synchronous_commit=").append(environment.postgres().synchronousCommit())
                    .append(", shared_buffers=").append(environment.postgres().sharedBuffers()).append('\n');
        }
        out.append('\n');
    }

    private static void figures(StringBuilder out, List<ScenarioReport> scenarios) {
        out.append("| scenario | measure | value | goal | met |\n");
        out.append("|---|---|---|---|---|\n");
        for (ScenarioReport scenario : scenarios) {
            for (Measure measure : scenario.measures()) {
                out.append("| ").append(scenario.name())
                        .append(" | ").append(cell(measure.name()))
                        .append(" | ").append(cell(value(measure)))
                        .append(" | ").append(measure.goal() == null ? "" : measure.goal().describe())
                        .append(" | ").append(measure.goalMet().map(met -> met ? "yes" : "**no**").orElse(""))
                        .append(" |\n");
            }
        }
        out.append('\n');
    }

    /** {@code "58.1 orders/s"}, or {@code "not available: why"} for a figure the bench could not take. */
    static String value(Measure measure) {
        if (measure.value() == null) {
            return NOT_AVAILABLE + (measure.note().isEmpty() ? "" : ": " + measure.note());
        }
        String unit = measure.unit();
        String number = Numbers.format(measure.value());
        String text = unit.isEmpty() ? number : unit.equals("×") ? number + "×" : number + " " + unit;
        return measure.note().isEmpty() ? text : text + " (" + measure.note() + ")";
    }

    private static void latencies(StringBuilder out, List<ScenarioReport> scenarios) {
        if (scenarios.stream().allMatch(scenario -> scenario.latenciesInOrder().isEmpty())) {
            return;
        }
        out.append("Latency in ms, from an order's placement to:\n\n");
        out.append("| scenario | to | count | p50 | p90 | p99 | p99.9 | max |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (ScenarioReport scenario : scenarios) {
            for (Map.Entry<String, LatencyStats> entry : scenario.latenciesInOrder()) {
                LatencyStats stats = entry.getValue();
                out.append("| ").append(scenario.name()).append(" | ").append(cell(entry.getKey()))
                        .append(" | ").append(Numbers.format(stats.count()))
                        .append(" | ").append(Numbers.format(stats.p50Ms()))
                        .append(" | ").append(Numbers.format(stats.p90Ms()))
                        .append(" | ").append(Numbers.format(stats.p99Ms()))
                        .append(" | ").append(Numbers.format(stats.p999Ms()))
                        .append(" | ").append(Numbers.format(stats.maxMs())).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static void system(StringBuilder out, List<ScenarioReport> scenarios) {
        Set<String> processes = new LinkedHashSet<>();
        scenarios.stream().filter(scenario -> scenario.system() != null)
                .forEach(scenario -> processes.addAll(scenario.system().memory().keySet()));
        if (processes.isEmpty()) {
            return;
        }
        out.append("Peak resident memory in MiB (VmHWM), and the 1-minute load average (start / highest / end):\n\n");
        out.append("| scenario |");
        processes.forEach(process -> out.append(' ').append(process).append(" |"));
        out.append(" load |\n|---|");
        processes.forEach(process -> out.append("---|"));
        out.append("---|\n");
        for (ScenarioReport scenario : scenarios) {
            SystemSampler.Summary summary = scenario.system();
            if (summary == null) {
                continue;
            }
            out.append("| ").append(scenario.name()).append(" |");
            for (String process : processes) {
                SystemSampler.MemoryFigure figure = summary.memory().get(process);
                out.append(' ').append(figure == null ? "" : Numbers.format(figure.peakMiB())).append(" |");
            }
            out.append(' ').append(load(summary.loadAtStart())).append(" / ")
                    .append(Numbers.format(summary.highestLoad1m())).append(" / ").append(load(summary.loadAtEnd()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** Per profiled phase: each JVM's CPU by library, then PostgreSQL's statements. */
    private static void profiles(StringBuilder out, List<ScenarioReport> scenarios) {
        for (ScenarioReport scenario : scenarios) {
            for (PhaseProfile profile : scenario.profiles()) {
                if (profile.jvms() != null) {
                    cpuByLibrary(out, profile.jvms());
                }
                if (profile.postgres() != null) {
                    statements(out, profile.postgres());
                }
            }
        }
    }

    /** Shares in % of each process's samples, libraries by their total over the processes. */
    private static void cpuByLibrary(StringBuilder out, CpuProfile profile) {
        List<String> processes = List.copyOf(profile.processes().keySet());
        if (!processes.isEmpty()) {
            out.append("CPU of each process by library in ").append(profile.phase())
                    .append(", in % of its samples (async-profiler, a sample per ")
                    .append(Numbers.format(profile.sampleSeconds() * 1000)).append(" ms of CPU; stacks in ")
                    .append(Path.of(profile.processes().get(processes.get(0)).collapsedStacks()).getParent())
                    .append("):\n\n| library |");
            processes.forEach(process -> out.append(' ').append(process).append(" |"));
            out.append("\n|---|");
            processes.forEach(process -> out.append("---:|"));
            out.append("\n| CPU-seconds sampled |");
            processes.forEach(process -> out.append(' ').append(Numbers.format(
                    profile.processes().get(process).samples() * profile.sampleSeconds())).append(" |"));
            out.append('\n');
            Map<String, Long> total = new LinkedHashMap<>();
            profile.processes().values().forEach(process -> process.byLibrary().forEach(
                    (library, samples) -> total.merge(library, samples, Long::sum)));
            total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(entry -> {
                out.append("| ").append(cell(entry.getKey())).append(" |");
                processes.forEach(process -> {
                    double share = profile.processes().get(process).share(entry.getKey());
                    out.append(' ').append(share > 0 ? String.format(Locale.ROOT, "%.1f %%", 100 * share) : "")
                            .append(" |");
                });
                out.append('\n');
            });
            out.append('\n');
        }
        profile.unavailable().forEach((process, why) -> out.append("- ").append(profile.phase()).append(": ")
                .append(process).append(" not profiled: ").append(why).append('\n'));
        if (!profile.unavailable().isEmpty()) {
            out.append('\n');
        }
    }

    private static void statements(StringBuilder out, StatementProfile profile) {
        if (profile.unavailable() != null) {
            out.append("- ").append(profile.phase()).append(": PostgreSQL's statements not profiled: ")
                    .append(profile.unavailable()).append("\n\n");
            return;
        }
        out.append("PostgreSQL in ").append(profile.phase())
                .append(", by the time its statements took (pg_stat_statements; lock waits included): ");
        out.append(String.join(", ", profile.millisecondsByDatabase().entrySet().stream()
                .map(entry -> entry.getKey() + " " + Numbers.format(entry.getValue() / 1000) + " s").toList()));
        out.append("\n\n| database | calls | ms | ms a call | rows | statement |\n|---|---:|---:|---:|---:|---|\n");
        for (StatementProfile.Statement statement : profile.top()) {
            out.append("| ").append(statement.database()).append(" | ").append(Numbers.format(statement.calls()))
                    .append(" | ").append(Numbers.format(statement.totalMilliseconds()))
                    .append(" | ").append(Numbers.format(statement.millisecondsPerCall()))
                    .append(" | ").append(Numbers.format(statement.rows()))
                    .append(" | `").append(cell(statement.query()).replace("`", "'")).append("` |\n");
        }
        out.append('\n');
    }

    private static String load(LoadAverage load) {
        return load == null ? "?" : Numbers.format(load.oneMinute());
    }

    private static void notes(StringBuilder out, List<ScenarioReport> scenarios) {
        List<String> lines = new ArrayList<>();
        for (ScenarioReport scenario : scenarios) {
            lines.add("- " + scenario.name() + ": " + scenario.description());
            scenario.notes().forEach(note -> lines.add("  - " + note));
        }
        if (!lines.isEmpty()) {
            out.append("Scenarios:\n\n").append(String.join("\n", lines)).append("\n");
        }
    }

    /** A table cell: a pipe would end it early. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** {@code 83.4 s}, for notes. */
    public static String seconds(Duration duration) {
        return Numbers.format(duration.toMillis() / 1000.0) + " s";
    }
}
