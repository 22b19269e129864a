package io.backorder.faults;

import io.backorder.faults.scenario.FaultResult;
import io.backorder.faults.scenario.Figure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The fault runs' report as markdown: what was run with which sizes, a table with each scenario's verdict, then each
 * scenario's figures and audits with every discrepancy.
 */
public final class FaultReport {

    private FaultReport() {
    }

    public static String render(List<FaultResult> results, List<String> arguments, String commit, Instant startedAt,
                                Duration took) {
        StringBuilder md = new StringBuilder(summary(results, arguments, commit, startedAt, took));
        results.forEach(result -> md.append('\n').append(section(result)));
        return md.toString();
    }

    /** What was run, and a table with each scenario's verdict and audits. */
    public static String summary(List<FaultResult> results, List<String> arguments, String commit, Instant startedAt,
                                 Duration took) {
        StringBuilder md = new StringBuilder();
        md.append("# Fault runs (issue 8)\n\n");
        md.append("Started ").append(startedAt).append(", took ").append(minutes(took)).append(", commit ")
                .append(commit).append(", arguments: `").append(arguments.isEmpty() ? "(defaults)"
                        : String.join(" ", arguments)).append("`\n\n");
        md.append("| scenario | result | audits |\n|---|---|---|\n");
        for (FaultResult result : results) {
            md.append("| ").append(result.scenario()).append(" | ").append(result.holds() ? "holds" : "**FAILS**")
                    .append(" | ");
            md.append(String.join("; ", result.audits().stream().map(audit -> audit.when() + ": "
                    + audit.report().verdict()).toList()));
            md.append(" |\n");
        }
        return md.toString();
    }

    /** One scenario: its figures, its own checks and its audits, every discrepancy listed. */
    public static String section(FaultResult result) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(result.scenario()).append(": ").append(result.holds() ? "holds" : "FAILS")
                .append("\n\n");
        for (Figure figure : result.figures()) {
            md.append("- ").append(figure.name()).append(": ").append(figure.value()).append('\n');
        }
        result.ownChecks().forEach(check -> {
            md.append("- check \"").append(check.name()).append("\": ")
                    .append(check.holds() ? "holds" : "FAILS").append(" (").append(check.rule()).append(")\n");
            check.discrepancies().forEach(found -> md.append("  - ").append(found).append('\n'));
        });
        for (FaultResult.Audit audit : result.audits()) {
            md.append("\nAudit ").append(audit.when()).append(":\n\n```\n").append(audit.report().render())
                    .append("```\n");
        }
        return md.toString();
    }

    private static String minutes(Duration duration) {
        return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
    }
}
