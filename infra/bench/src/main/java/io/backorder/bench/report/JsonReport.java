package io.backorder.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.SystemSampler;
import io.backorder.bench.profile.PhaseProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON, for comparing runs by program: the same content as the markdown, with every figure as a
 * number (milliseconds, MiB, per second) and goals as {@code {direction, limit, unit}}.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReport() {
    }

    /** The shape written: records, so Jackson writes their components by name. */
    record Document(Instant startedAt, Instant finishedAt, List<String> arguments, Environment environment,
                    List<Scenario> scenarios) {
    }

    record Scenario(String name, String description, List<Figure> measures, Map<String, LatencyStats> latenciesMs,
                    SystemSampler.Summary system, List<PhaseProfile> profiles, List<String> notes) {
    }

    record Figure(String name, Double value, String unit, Goal goal, Boolean goalMet, String note) {
    }

    public static String render(BenchReport report) throws IOException {
        List<Scenario> scenarios = report.scenarios().stream().map(JsonReport::scenario).toList();
        return MAPPER.writeValueAsString(new Document(report.startedAt(), report.finishedAt(), report.arguments(),
                report.environment(), scenarios));
    }

    public static void write(BenchReport report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(report));
    }

    private static Scenario scenario(ScenarioReport report) {
        Map<String, LatencyStats> latencies = new LinkedHashMap<>();
        report.latenciesInOrder().forEach(entry -> latencies.put(entry.getKey(), entry.getValue()));
        List<Figure> figures = report.measures().stream()
                .map(measure -> new Figure(measure.name(), measure.value(), measure.unit(), measure.goal(),
                        measure.goalMet().orElse(null), measure.note()))
                .toList();
        return new Scenario(report.name(), report.description(), figures, latencies, report.system(),
                report.profiles(), report.notes());
    }
}
