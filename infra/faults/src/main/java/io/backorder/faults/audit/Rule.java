package io.backorder.faults.audit;

import java.util.ArrayList;
import java.util.List;

/** A {@link Check} being made: each thing looked at is counted, each one that breaks the rule written down. */
final class Rule {

    private final String name;
    private final String rule;
    private final List<String> discrepancies = new ArrayList<>();
    private long checked;

    Rule(String name, String rule) {
        this.name = name;
        this.rule = rule;
    }

    /** Counts one thing looked at; if it does not hold, keeps {@code discrepancy}. */
    Rule expect(boolean holds, String discrepancy) {
        checked++;
        if (!holds) {
            discrepancies.add(discrepancy);
        }
        return this;
    }

    /** Counts one thing looked at that holds whenever {@code expected} equals {@code actual}. */
    Rule expectEqual(long expected, long actual, String what) {
        return expect(expected == actual, what + ": expected " + expected + ", found " + actual);
    }

    Check done() {
        return new Check(name, rule, checked, discrepancies);
    }
}
