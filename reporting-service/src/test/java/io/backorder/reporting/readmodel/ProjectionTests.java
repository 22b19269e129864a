package io.backorder.reporting.readmodel;

import static io.backorder.reporting.TopicEvents.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.reporting.SeedExample;
import io.backorder.reporting.TopicEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectionTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void the_seed_example_shows_b_and_c_waiting_for_widgets_and_a_for_its_gizmo() {
        SeedExample seed = SeedExample.publishedDaysAgo(3).awaitProjected();

        given().queryParam("item", seed.widgets()).get("/api/reports/backorders-by-order").then().statusCode(200)
                .body("total", equalTo(2))
                .body("rows.orderNumber", contains(seed.b(), seed.c()))
                .body("rows.needed", contains(1, 2))
                .body("rows.allocated", contains(1, 0))
                .body("rows.ordered", contains(2, 2))
                .body("rows.ageDays", everyItem(equalTo(3)));
        given().queryParam("item", seed.gizmos()).get("/api/reports/backorders-by-order").then()
                .body("rows.orderNumber", contains(seed.a())).body("rows[0].lineNo", equalTo(2))
                .body("rows[0].customerName", equalTo("Ada Byron"));
    }

    @Test
    void a_fill_takes_the_line_off_the_backorder_reports_and_the_backlog_falls() {
        SeedExample seed = SeedExample.publishedDaysAgo(1).awaitProjected();

        publish(seed.widgets(), new BackorderFilled(seed.widgets(), seed.c(), 1, 2, 0, "fill-1", true, null, false, null));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("item", seed.widgets()).get("/api/reports/backorders-by-order").then()
                        .body("rows.orderNumber", contains(seed.b())));
        given().queryParam("customer", seed.alan()).get("/api/reports/backorders-by-customer").then()
                .body("total", equalTo(0));
    }

    @Test
    void shipment_history_comes_from_what_inventory_shipped_and_the_order_confirmed() {
        SeedExample seed = SeedExample.publishedDaysAgo(0).awaitProjected();
        String shipment = UUID.randomUUID().toString();

        publish(seed.widgets(), new StockShipped(seed.widgets(), seed.a(), 1, 4, 1, shipment));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("order", seed.a()).get("/api/shipments").then().statusCode(200)
                        .body("shipments.shipmentId", contains(shipment))
                        .body("shipments[0].quantity", equalTo(4))
                        .body("shipments[0].confirmedByOrder", equalTo(false)));

        publish(seed.a(), new OrderShipped(seed.a(), Instant.now(), List.of(new OrderShipped.Line(1, seed.widgets(), 4)),
                shipment));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("order", seed.a()).get("/api/shipments").then()
                        .body("total", equalTo(1)).body("shipments[0].confirmedByOrder", equalTo(true)));
        given().queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .body("rows[0].onHand", equalTo(1));
    }

    @Test
    void an_open_purchase_order_shows_as_on_order_with_its_supplier_and_a_promised_date_once_purchasing_gives_one() {
        SeedExample seed = SeedExample.publishedDaysAgo(2).awaitProjected();
        String po = TopicEvents.unique("PO");

        publish(po, new PurchaseOrderCreated(po, "ACME", List.of(new PurchaseOrderCreated.Line(seed.widgets(), 10,
                new BigDecimal("3.10"))), 30));
        publish(po, new PurchaseOrderSent(po, Instant.now(), null));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                        .body("rows[0].onOrder", equalTo(10)));
        given().queryParam("item", seed.widgets()).get("/api/reports/backorders-by-order").then()
                .body("rows.poNumber", everyItem(equalTo(po))).body("rows.supplierId", everyItem(equalTo("ACME")))
                .body("rows.promisedDate", everyItem(nullValue()));

        publish(seed.widgets(), new PromisedDateChanged(seed.widgets(), seed.c(), 1, 2,
                PromisedDateChanged.Status.ON_ORDER, LocalDate.parse("2026-12-24"), po, false));
        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("order", seed.c()).get("/api/reports/backorders-by-order").then()
                        .body("rows[0].promisedDate", equalTo("2026-12-24")));
    }

    @Test
    void a_type_reporting_does_not_know_is_skipped_and_the_records_after_it_are_projected() {
        SeedExample seed = SeedExample.publishedDaysAgo(0).awaitProjected();
        String po = TopicEvents.unique("PO");
        TopicEvents.send(Topics.PURCHASING_EVENTS, new EventEnvelope(UUID.randomUUID().toString(),
                "SomethingNewFromPurchasing", 1, po, 1, Instant.now(), null, null,
                JsonNodeFactory.instance.objectNode().put("poNumber", po)));

        publish(po, new PurchaseOrderCreated(po, "ACME", List.of(new PurchaseOrderCreated.Line(seed.gizmos(), 5,
                new BigDecimal("1.00"))), 30));
        publish(po, new PurchaseOrderSent(po, Instant.now(), null));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().queryParam("item", seed.gizmos()).get("/api/reports/backorder-summary").then()
                        .body("rows[0].onOrder", equalTo(5)));
        given().get("/api/dead-letters?consumer=reporting-service.purchasing-events").then().body("total", equalTo(0));
    }

    @Test
    void the_projection_status_shows_every_topic_and_catches_up_to_no_lag() {
        SeedExample.publishedDaysAgo(0).awaitProjected();

        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().get("/api/projections/status").then().statusCode(200)
                        .body("topics.topic", containsInAnyOrder(Topics.PARAMETERS_EVENTS, Topics.ORDERS_EVENTS,
                                Topics.INVENTORY_EVENTS, Topics.PURCHASING_EVENTS))
                        .body("topics.find { it.topic == 'inventory.events' }.endOffset", greaterThan(0))
                        .body("topics.lag", everyItem(equalTo(0)))
                        .body("upToDate", equalTo(true)));
    }

    @Test
    void the_dashboard_counts_the_backlog_its_age_and_the_items_most_waited_for() {
        SeedExample seed = SeedExample.publishedDaysAgo(10).awaitProjected();
        String hotItem = TopicEvents.unique("HOT");
        publish(hotItem, new LineBackordered(hotItem, seed.c(), 9, 100_000, BackorderReason.OUT_OF_STOCK, true));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().get("/api/dashboard?days=14").then().body("mostWaitedFor[0].sku", equalTo(hotItem)));
        given().get("/api/dashboard?days=14").then().statusCode(200)
                .body("backlog.size()", equalTo(14))
                .body("unitsNeeded", greaterThan(3))
                .body("aging.label", hasItem("8-14 days"))
                .body("aging.find { it.label == '8-14 days' }.units", greaterThan(3))
                .body("mostWaitedFor[0].unitsNeeded", equalTo(100_000))
                .body("coverage.unitsNeeded", greaterThan(100_000));
    }
}
