package io.backorder.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.bench.compare.PostgresSettings;
import io.backorder.bench.observe.LatencyStats;
import io.backorder.bench.observe.LoadAverage;
import io.backorder.bench.observe.SystemSampler;
import io.backorder.bench.profile.CpuProfile;
import io.backorder.bench.profile.PhaseProfile;
import io.backorder.bench.profile.StatementProfile;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private final BenchReport report = new BenchReport(Instant.parse("2026-11-29T08:00:00Z"), List.of("--scenario", "mixed"));

    MarkdownReportTest() {
        report.environment(new Environment(new Environment.Machine(2, 24_000, "Some CPU", "Linux", "OpenJDK 17"),
                new Environment.Versions("0.1.0-SNAPSHOT", "abc1234", "3.33.2", "4.1.2", "4.1.2", "17.11.0"),
                "127.0.0.1:15732", new PostgresSettings("17.11", "off", "off", "128MB", "100")));
        ScenarioReport mixed = new ScenarioReport("mixed", "3,000 orders");
        mixed.add(Measure.of("burst: orders decided per second", 58.123, "orders/s"));
        mixed.add(new Measure("system throughput ÷ comparator", 0.0512, "×", Goal.atLeast(1.0, "×"), ""));
        mixed.add(new Measure("paced: p99 placement → allocation decided", 120.0, "ms", Goal.atMost(250, "ms"), ""));
        mixed.latency("burst: allocation decided", new LatencyStats(3000, 40_000, 41_000, 70_000, 85_500, 86_000, 86_100));
        Map<String, SystemSampler.MemoryFigure> memory = new LinkedHashMap<>();
        memory.put("order-service", new SystemSampler.MemoryFigure(10, 401.5, 380));
        memory.put("inventory-service", new SystemSampler.MemoryFigure(11, 530.2, 500));
        mixed.system(new SystemSampler.Summary(memory, new LoadAverage(1.5, 1, 1), 4.25, new LoadAverage(3.0, 2, 1)));
        mixed.profile(new PhaseProfile("mixed-paced", new CpuProfile("mixed-paced", 0.002, Map.of(
                "order-service", new CpuProfile.ProcessSamples(1000,
                        Map.of("JIT compilers", 400L, "Hibernate ORM", 600L),
                        "/tmp/x/profiles/mixed-paced-order-service.collapsed")),
                Map.of("kafka", "async-profiler's 'start' failed: refused")),
                new StatementProfile("mixed-paced", List.of(new StatementProfile.Statement("orders", 400, 1200.0, 800,
                        "insert into processed_event (consumer, event_id) select $1, id from unnest($2::varchar[])")),
                        Map.of("orders", 3500.0), null)));
        mixed.note("fresh stack in /tmp/x");
        report.add(mixed);
        ScenarioReport rebuild = new ScenarioReport("rebuild", "projection rebuild");
        rebuild.add(new Measure("projection rebuild", null, "events/s", Goal.atLeast(20_000, "events/s"),
                "no service offers a rebuild"));
        report.add(rebuild);
    }

    @Test
    void states_the_machine_versions_and_the_postgres_durability_settings() {
        String markdown = MarkdownReport.render(report);

        assertThat(markdown).contains("2 cores").contains("Quarkus 3.33.2").contains("commit abc1234")
                .contains("fsync=off, synchronous_commit=off");
    }

    @Test
    void every_figure_is_a_row_with_its_goal_and_whether_it_was_met() {
        String markdown = MarkdownReport.render(report);

        assertThat(markdown).contains("| mixed | burst: orders decided per second | 58.1 orders/s |  |  |");
        assertThat(markdown).contains("| mixed | system throughput ÷ comparator | 0.0512× | ≥ 1× | **no** |");
        assertThat(markdown).contains("| mixed | paced: p99 placement → allocation decided | 120 ms | ≤ 250 ms | yes |");
    }

    @Test
    void a_figure_that_could_not_be_taken_says_not_available_and_why() {
        assertThat(MarkdownReport.render(report)).contains(
                "| rebuild | projection rebuild | not available: no service offers a rebuild | ≥ 20,000 events/s |  |");
    }

    @Test
    void latencies_memory_and_load_get_tables_of_their_own() {
        String markdown = MarkdownReport.render(report);

        assertThat(markdown).contains("| mixed | burst: allocation decided | 3,000 | 41,000 | 70,000 | 85,500 | 86,000 | 86,100 |");
        assertThat(markdown).contains("| scenario | order-service | inventory-service | load |");
        assertThat(markdown).contains("| mixed | 402 | 530 | 1.50 / 4.25 / 3 |");
    }

    @Test
    void a_profiled_phase_shows_each_process_by_library_who_could_not_be_profiled_and_postgres_statements() {
        String markdown = MarkdownReport.render(report);

        assertThat(markdown).contains("CPU of each process by library in mixed-paced").contains("/tmp/x/profiles")
                .contains("| library | order-service |")
                .contains("| CPU-seconds sampled | 2 |")
                .contains("| Hibernate ORM | 60.0 % |\n| JIT compilers | 40.0 % |")
                .contains("- mixed-paced: kafka not profiled: async-profiler's 'start' failed: refused");
        assertThat(markdown).contains("PostgreSQL in mixed-paced, by the time its statements took (pg_stat_statements;"
                        + " lock waits included): orders 3.50 s")
                .contains("| orders | 400 | 1,200 | 3 | 800 | `insert into processed_event (consumer, event_id)"
                        + " select $1, id from unnest($2::varchar[])` |");
    }

    @Test
    void the_json_report_carries_the_same_figures_as_numbers() throws Exception {
        String json = JsonReport.render(report);

        assertThat(json).contains("\"value\" : 58.123").contains("\"goalMet\" : false").contains("\"fsync\" : \"off\"")
                .contains("\"p99Ms\" : 85500.0").contains("\"Hibernate ORM\" : 600");
    }
}
