package io.backorder.reporting.volume;

import io.agroal.api.AgroalDataSource;
import io.backorder.testing.CallTimings;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How long each console page's call to reporting-service takes with 100,000 orders' worth of read-model rows
 * ({@code volume/read-models-100k-orders.sql}, written straight into the tables). A measurement, not a test: it
 * asserts only that every call answers 200, and it is not part of {@code mvn verify} (its name matches no test
 * pattern). Run it alone, on a quiet machine:
 *
 * <pre>mvn -B -pl reporting-service -am verify -DskipITs -Dtest=ConsolePageTimings -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dvolume.orders=100000] [-Dvolume.runs=15]</pre>
 *
 * The figures (median, 90th percentile and slowest of the runs after two warm-ups, in milliseconds, measured at
 * the HTTP client, so JSON writing included) are printed and written to
 * {@code reporting-service/target/console-page-timings.md}. The generated rows are deleted afterwards.
 */
@QuarkusTest
class ConsolePageTimings {

    private static final int ORDERS = Integer.getInteger("volume.orders", 100_000);
    private static final int RUNS = Integer.getInteger("volume.runs", 15);
    private static final int WARM_UPS = 2;

    @Inject
    AgroalDataSource dataSource;

    /** The backlog's changes before the generated ones, which are told apart by their ids only. */
    private long backlogBefore;

    @Test
    void every_console_page_s_reporting_call_with_100000_orders() throws Exception {
        backlogBefore = count("select coalesce(max(id), 0) from rm_backlog_change");
        long generating = System.nanoTime();
        execute(script());
        long generatedMillis = (System.nanoTime() - generating) / 1_000_000;
        Map<String, String> rowCounts = rowCounts();

        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("Dashboard: figures and charts", "/api/dashboard?days=30");
        calls.put("Dashboard: projection status", "/api/projections/status");
        calls.put("Dashboard: dead letters", "/api/dead-letters?size=1");
        calls.put("By customer, first page", "/api/reports/backorders-by-customer?page=0&size=50");
        calls.put("By customer, sorted by units needed", "/api/reports/backorders-by-customer?page=0&size=50&sort=-unitsNeeded");
        calls.put("By customer, filtered by customer", "/api/reports/backorders-by-customer?customer=VC-1234&page=0&size=50");
        calls.put("By order, first page", "/api/reports/backorders-by-order?page=0&size=50");
        calls.put("By order, page 200", "/api/reports/backorders-by-order?page=200&size=50");
        calls.put("By order, sorted by needed", "/api/reports/backorders-by-order?page=0&size=50&sort=-needed");
        calls.put("By order, filtered by item", "/api/reports/backorders-by-order?item=VSKU-77&page=0&size=50");
        calls.put("By order, placed in one week", "/api/reports/backorders-by-order?from=" + daysAgo(20) + "&to="
                + daysAgo(14) + "&page=0&size=50");
        calls.put("Summary, first page", "/api/reports/backorder-summary?page=0&size=50");
        calls.put("Summary, sorted by units needed", "/api/reports/backorder-summary?page=0&size=50&sort=-unitsNeeded");
        calls.put("Not shipped, last 30 days", "/api/reports/not-shipped?page=0&size=50");
        calls.put("Not shipped, last 180 days", "/api/reports/not-shipped?days=180&page=0&size=50");
        calls.put("Imports list", "/api/imports?size=200");
        calls.put("One import's new backorders", "/api/imports/volume-500/new-backorders?size=1000");
        calls.put("Order page: its waiting lines", "/api/reports/backorders-by-order?order=3012340&size=500");
        calls.put("Order page: its shipments", "/api/shipments?order=3012347&size=200");
        calls.put("Export: by order as CSV (every row)", "/api/reports/backorders-by-order?format=csv");

        List<String> table = CallTimings.table(calls, WARM_UPS, RUNS, ConsolePageTimings::rowsAnswered);
        String report = """
                # Console page timings, %s

                %d orders' worth of read-model rows, generated in %d ms: %s.
                %d runs per call after %d warm-ups, timed at the HTTP client (JSON or CSV writing included).
                Machine: %d processors as Java sees them, load average %s.

                %s
                """.formatted(Instant.now(), ORDERS, generatedMillis, rowCounts, RUNS, WARM_UPS,
                Runtime.getRuntime().availableProcessors(), CallTimings.loadAverage(), String.join("\n", table));
        CallTimings.publish(report, "console-page-timings.md");
    }

    @AfterEach
    void deleteTheGeneratedRows() throws SQLException {
        execute("delete from rm_backlog_change where id > " + backlogBefore + ";" + """
                delete from rm_shipment_line where shipment_key like 'vship-%';
                delete from rm_line where sku like 'VSKU-%';
                delete from rm_order where storefront_order_id like 'VOLUME-%';
                delete from rm_item where sku like 'VSKU-%';
                delete from rm_purchase_line where po_number like 'VPO-%';
                delete from rm_purchase_order where po_number like 'VPO-%';
                delete from rm_import where import_id like 'volume-%';
                """);
    }

    private static String script() throws IOException {
        try (InputStream in = ConsolePageTimings.class.getResourceAsStream("/volume/read-models-100k-orders.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":orders", Integer.toString(ORDERS));
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Map<String, String> rowCounts() throws SQLException {
        Map<String, String> counts = new LinkedHashMap<>();
        for (String rows : List.of("rm_order", "rm_line", "rm_line where needed > 0", "rm_shipment_line", "rm_item",
                "rm_import", "rm_backlog_change")) {
            counts.put(rows, String.format("%,d", count("select count(*) from " + rows)));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String rowsAnswered(Response response) {
        String type = response.contentType();
        if (type != null && type.startsWith("text/csv")) {
            return String.format("%,d", response.asString().lines().count() - 1);
        }
        Object body = response.jsonPath().get("$");
        if (body instanceof Map<?, ?> fields) {
            for (String list : List.of("rows", "imports", "shipments", "topics", "items")) {
                if (fields.get(list) instanceof List<?> rows) {
                    return rows.size() + (fields.get("total") == null ? "" : " (total " + fields.get("total") + ")");
                }
            }
        }
        return "";
    }

    private static String daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).toString();
    }
}
