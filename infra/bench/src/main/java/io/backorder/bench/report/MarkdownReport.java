package io.backorder.bench.report;

import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.LoadAverage;
import io.backorder.bench.observe.SystemSampler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report as markdown, for the console and for pasting into an issue: the setting first (machine, versions,
 * PostgreSQL's durability settings), then one table of every figure with its goal, then latencies, memory and load.
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
