package io.backorder.faults.scenario;

import io.backorder.faults.audit.AuditReport;
import io.backorder.faults.audit.Check;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fault run came to: its figures (messages, restarts, time to recover), the checks of its own (state
 * unchanged, poison on the dead-letter topic), and the conservation audit at its end (for poison, also the one
 * before the dead letter was sent again).
 */
public record FaultResult(String scenario, List<Figure> figures, List<Check> ownChecks, List<Audit> audits) {

    /** An audit and when in the run it was taken. */
    public record Audit(String when, AuditReport report) {
    }

    public FaultResult {
        figures = List.copyOf(figures);
        ownChecks = List.copyOf(ownChecks);
        audits = List.copyOf(audits);
    }

    /** The same result with one more figure (the runner adds what it measured around the scenario). */
    public FaultResult withFigure(Figure figure) {
        List<Figure> more = new ArrayList<>(figures);
        more.add(figure);
        return new FaultResult(scenario, more, ownChecks, audits);
    }

    public boolean holds() {
        return ownChecks.stream().allMatch(Check::holds) && audits.stream().allMatch(audit -> audit.report().holds());
    }

    /** Every discrepancy of the run's own checks and its audits, for a test's failure message. */
    public List<String> discrepancies() {
        List<String> all = new ArrayList<>();
        ownChecks.forEach(check -> check.discrepancies().forEach(found -> all.add(check.name() + ": " + found)));
        audits.forEach(audit -> audit.report().checks().forEach(check -> check.discrepancies()
                .forEach(found -> all.add(audit.when() + ", " + check.name() + ": " + found))));
        return all;
    }

    /** Collects a run's figures, checks and audits as it goes. */
    public static final class Builder {
        private final String scenario;
        private final List<Figure> figures = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<Audit> audits = new ArrayList<>();

        public Builder(String scenario) {
            this.scenario = scenario;
        }

        public Builder figure(Figure figure) {
            figures.add(figure);
            return this;
        }

        public Builder check(Check check) {
            checks.add(check);
            return this;
        }

        public Builder audit(String when, AuditReport report) {
            audits.add(new Audit(when, report));
            return this;
        }

        public FaultResult build() {
            return new FaultResult(scenario, figures, checks, audits);
        }
    }
}
