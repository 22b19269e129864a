package io.backorder.bench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything one run of the bench found, in the order it ran. */
public final class BenchReport {

    private final Instant startedAt;
    private final List<String> arguments;
    private final List<ScenarioReport> scenarios = new ArrayList<>();
    private Environment environment;
    private Instant finishedAt;

    public BenchReport(Instant startedAt, List<String> arguments) {
        this.startedAt = startedAt;
        this.arguments = List.copyOf(arguments);
    }

    public void environment(Environment found) {
        this.environment = found;
    }

    public void add(ScenarioReport scenario) {
        scenarios.add(scenario);
    }

    public void finished(Instant at) {
        this.finishedAt = at;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<String> arguments() {
        return arguments;
    }

    public Environment environment() {
        return environment;
    }

    public List<ScenarioReport> scenarios() {
        return List.copyOf(scenarios);
    }
}
