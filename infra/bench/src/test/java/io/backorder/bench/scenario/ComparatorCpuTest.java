package io.backorder.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.bench.report.Measure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ComparatorCpuTest {

    @Test
    void the_comparators_orders_cost_its_clients_and_postgres_cpu_per_thousand_orders() {
        Map<String, Double> used = new LinkedHashMap<>();
        used.put("the bench's JDBC clients", 0.3);
        used.put("postgresql", 0.9);

        Measure measure = MixedScenario.comparatorCpu(used, 3000);

        assertThat(measure.value()).isCloseTo(0.4, Offset.offset(1e-9));
        assertThat(measure.note()).isEqualTo("the bench's JDBC clients 0.10, postgresql 0.30");
    }

    @Test
    void a_server_the_bench_did_not_start_is_named_as_not_measured() {
        Measure measure = MixedScenario.comparatorCpu(Map.of("the bench's JDBC clients", 0.3), 3000);

        assertThat(measure.note()).endsWith("PostgreSQL not measured (not the bench's embedded server)");
    }
}
