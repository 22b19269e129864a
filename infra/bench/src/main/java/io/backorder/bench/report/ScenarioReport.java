package io.backorder.bench.report;

import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.SystemSampler;
import io.backorder.bench.profile.PhaseProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario measured: its figures, its latency distributions, the memory of the stack's processes and the
 * load average while it ran, its phases' CPU profiles if asked for, and notes (sizes scaled down, phases that did
 * not finish, where the stack ran).
 */
public final class ScenarioReport {

    private final String name;
    private final String description;
    private final List<Measure> measures = new ArrayList<>();
    private final Map<String, LatencyStats> latencies = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<PhaseProfile> profiles = new ArrayList<>();
    private SystemSampler.Summary system;

    public ScenarioReport(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public ScenarioReport add(Measure measure) {
        measures.add(measure);
        return this;
    }

    public ScenarioReport latency(String fromPlacementTo, LatencyStats stats) {
        latencies.put(fromPlacementTo, stats);
        return this;
    }

    /** Where a phase's time went ({@code --profile}). */
    public ScenarioReport profile(PhaseProfile profile) {
        profiles.add(profile);
        return this;
    }

    public ScenarioReport note(String note) {
        notes.add(note);
        return this;
    }

    public void system(SystemSampler.Summary summary) {
        this.system = summary;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    /** Latencies in the order they were added (the report prints them so). */
    public List<Map.Entry<String, LatencyStats>> latenciesInOrder() {
        return List.copyOf(latencies.entrySet());
    }

    public List<PhaseProfile> profiles() {
        return List.copyOf(profiles);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public SystemSampler.Summary system() {
        return system;
    }
}
