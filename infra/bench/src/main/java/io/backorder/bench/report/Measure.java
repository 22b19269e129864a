package io.backorder.bench.report;

import java.util.Optional;

/**
 * One figure of a scenario: what it is, its value and unit, the goal it is held against (if any), and a note saying
 * how it was taken or why it is missing. A {@code null} value is a figure the bench could not take; the note says why.
 */
public record Measure(String name, Double value, String unit, Goal goal, String note) {

    public static Measure of(String name, double value, String unit) {
        return new Measure(name, value, unit, null, "");
    }

    public static Measure notAvailable(String name, String unit, String why) {
        return new Measure(name, null, unit, null, why);
    }

    public Measure withNote(String newNote) {
        return new Measure(name, value, unit, goal, newNote);
    }

    public Optional<Boolean> goalMet() {
        return goal == null ? Optional.empty() : goal.metBy(value);
    }
}
