package io.backorder.order.volume;

import io.agroal.api.AgroalDataSource;
import io.backorder.testing.CallTimings;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How long the console's calls to order-service take with 100,000 orders of 3 lines in its order pages (rows written
 * straight into order_view and order_line_view: the figures are about the queries). A measurement, not a test: it
 * asserts only that every call answers 200, and it is not part of {@code mvn verify} (its name matches no test
 * pattern). Run it alone, on a quiet machine:
 *
 * <pre>mvn -B -pl order-service -am verify -DskipITs -Dtest=OrderPageTimings -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dvolume.orders=100000] [-Dvolume.runs=15]</pre>
 *
 * Median, 90th percentile and slowest of the runs after two warm-ups, in milliseconds at the HTTP client, are printed
 * and written to {@code order-service/target/order-page-timings.md}. The generated rows are deleted afterwards.
 */
@QuarkusTest
class OrderPageTimings {

    private static final int ORDERS = Integer.getInteger("volume.orders", 100_000);
    private static final int RUNS = Integer.getInteger("volume.runs", 15);
    private static final int WARM_UPS = 2;
    /** Generated order numbers start here, far above what the tests draw. */
    private static final long FIRST = 8_000_000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_console_s_order_service_calls_with_100000_orders() throws Exception {
        long generating = System.nanoTime();
        execute("""
                insert into order_view (order_number, storefront_order_id, storefront, customer_id, customer_name,
                                        placed_at, discount_percent, approved, shipped, cancelled, version)
                select (%1$d + g)::text, 'VOLUME-' || g, 'volume', 'VC-' || (g %% 20000), 'Volume customer',
                       now() - make_interval(secs => (%2$d - g) * 60), 0, g %% 10 >= 3, g %% 10 >= 6, g %% 50 = 0, 1
                  from generate_series(1, %2$d) g;
                insert into order_line_view (order_number, line_no, sku, quantity, unit_price, allocated, needed,
                                             shipped)
                select (%1$d + g)::text, n, 'VSKU-' || ((g * 7 + n * 13) %% 2000), 2, 10,
                       case when g %% 10 < 3 and n = 1 then 1 when g %% 10 >= 6 then 0 else 2 end,
                       case when g %% 10 < 3 and n = 1 then 1 else 0 end,
                       case when g %% 10 >= 6 then 2 else 0 end
                  from generate_series(1, %2$d) g, generate_series(1, 3) n;
                analyze order_view;
                analyze order_line_view;
                """.formatted(FIRST, ORDERS));
        long generatedMillis = (System.nanoTime() - generating) / 1_000_000;

        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("Orders, first page", "/api/orders?page=0&size=50");
        calls.put("Orders, page 200", "/api/orders?page=200&size=50");
        calls.put("Orders, backordered only", "/api/orders?backordered=true&page=0&size=50");
        calls.put("Orders, one customer", "/api/orders?customerId=VC-1234&page=0&size=50");
        calls.put("An order's page", "/api/orders/" + (FIRST + ORDERS / 2));

        List<String> table = CallTimings.table(calls, WARM_UPS, RUNS, null);
        String report = """
                # Order-service page timings, %s

                %d orders of 3 lines written in %d ms; %d runs per call after %d warm-ups, timed at the HTTP client.
                Machine: %d processors as Java sees them, load average %s.

                %s
                """.formatted(Instant.now(), ORDERS, generatedMillis, RUNS, WARM_UPS,
                Runtime.getRuntime().availableProcessors(), CallTimings.loadAverage(), String.join("\n", table));
        CallTimings.publish(report, "order-page-timings.md");
    }

    @AfterEach
    void deleteTheGeneratedRows() throws SQLException {
        execute("""
                delete from order_line_view where order_number in
                    (select order_number from order_view where storefront_order_id like 'VOLUME-%');
                delete from order_view where storefront_order_id like 'VOLUME-%';
                """);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
