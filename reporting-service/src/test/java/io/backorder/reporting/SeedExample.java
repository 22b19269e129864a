package io.backorder.reporting;

import static io.backorder.reporting.TopicEvents.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.orders.OrderImported;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The seed example as order-service and inventory-service publish it, with names of its own: five
 * widgets on hand, no gizmos; A wants 4 widgets and a gizmo, B and C 2 widgets each. A gets its
 * widgets and waits for the gizmo, B gets 1 widget and waits for 1, C waits for 2. Placed at 08:00 UTC
 * {@code days} days ago, 5 minutes apart.
 */
public record SeedExample(String run, String importId, String widgets, String gizmos, String a, String b, String c,
                          String ada, String grace, String alan) {

    public static SeedExample publishedDaysAgo(int days) {
        String run = TopicEvents.unique("seed");
        String suffix = run.substring(run.length() - 8);
        SeedExample seed = new SeedExample(run, "import-" + suffix, "WIDGET-" + suffix, "GIZMO-" + suffix,
                "A" + suffix, "B" + suffix, "C" + suffix, "ADA-" + suffix, "GRACE-" + suffix, "ALAN-" + suffix);
        Instant placed = LocalDate.now(ZoneOffset.UTC).minusDays(days).atTime(8, 0).toInstant(ZoneOffset.UTC);
        publish(seed.widgets, new ItemDefined(seed.widgets, "Blue widget", true, false));
        publish(seed.gizmos, new ItemDefined(seed.gizmos, "Red gizmo", true, false));
        publish(seed.widgets, new StockAdjusted(seed.widgets, 5, "initial quantity", 5));
        seed.order(seed.a, seed.ada, "Ada Byron", placed, List.of(line(1, seed.widgets, 4), line(2, seed.gizmos, 1)));
        seed.order(seed.b, seed.grace, "Grace Hopper", placed.plusSeconds(300), List.of(line(1, seed.widgets, 2)));
        seed.order(seed.c, seed.alan, "Alan Turing", placed.plusSeconds(600), List.of(line(1, seed.widgets, 2)));
        publish(seed.widgets, new StockAllocated(seed.widgets, seed.a, 1, 4));
        publish(seed.gizmos, new LineBackordered(seed.gizmos, seed.a, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        publish(seed.widgets, new StockAllocated(seed.widgets, seed.b, 1, 1));
        publish(seed.widgets, new LineBackordered(seed.widgets, seed.b, 1, 1, BackorderReason.OUT_OF_STOCK, true));
        publish(seed.widgets, new LineBackordered(seed.widgets, seed.c, 1, 2, BackorderReason.OUT_OF_STOCK, true));
        return seed;
    }

    /** Waits until reporting shows every waiting line of the example. */
    public SeedExample awaitProjected() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("item", widgets).get("/api/reports/backorder-summary").then().statusCode(200)
                        .body("rows[0].unitsNeeded", equalTo(3)).body("rows[0].description", equalTo("Blue widget")));
        // Orders come on their own partitions of orders.events: wait for every one of them.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().queryParam("customer", ada).get("/api/reports/backorders-by-order").then().statusCode(200)
                    .body("rows[0].customerName", equalTo("Ada Byron"));
            given().queryParam("item", widgets).get("/api/reports/backorders-by-order").then().statusCode(200)
                    .body("rows.customerName", contains("Grace Hopper", "Alan Turing"));
        });
        return this;
    }

    private void order(String number, String customerId, String name, Instant placedAt, List<OrderImported.Line> lines) {
        publish(number, new OrderImported(number, "WEB-" + number, "web", importId,
                new OrderImported.Customer(customerId, name, customerId.toLowerCase() + "@example.com"), placedAt,
                BigDecimal.ZERO, lines, null));
    }

    private static OrderImported.Line line(int lineNo, String sku, int quantity) {
        return new OrderImported.Line(lineNo, sku, quantity, new BigDecimal("25.00"), null);
    }
}
