package io.backorder.faults.audit;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The audit's result: every rule with what it checked and each discrepancy found, and how long the services took to
 * fall quiet before it could read.
 */
public record AuditReport(List<Check> checks, Duration quietAfter) {

    public AuditReport {
        checks = List.copyOf(checks);
    }

    public boolean holds() {
        return checks.stream().allMatch(Check::holds);
    }

    public long discrepancies() {
        return checks.stream().mapToLong(check -> check.discrepancies().size()).sum();
    }

    public long checked() {
        return checks.stream().mapToLong(Check::checked).sum();
    }

    /** One line for a table: "holds (n checks)" or "FAILS: n discrepancies". */
    public String verdict() {
        return holds() ? String.format(Locale.ROOT, "holds (%,d checks)", checked())
                : String.format(Locale.ROOT, "FAILS: %,d discrepancies in %,d checks", discrepancies(), checked());
    }

    /** Every rule, what it was checked on, and every discrepancy, in words. */
    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("Conservation audit: ").append(verdict()).append(String.format(Locale.ROOT,
                " — read after the services were quiet for the first time, %.1f s after the audit began%n",
                quietAfter.toMillis() / 1000.0));
        for (Check check : checks) {
            text.append(String.format(Locale.ROOT, "  %s %-24s %,8d checked  %s%n", check.holds() ? "ok  " : "FAIL",
                    check.name(), check.checked(), check.rule()));
            check.discrepancies().forEach(discrepancy -> text.append("         - ").append(discrepancy)
                    .append(System.lineSeparator()));
        }
        return text.toString();
    }
}
