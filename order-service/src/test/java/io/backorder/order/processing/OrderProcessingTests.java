package io.backorder.order.processing;

import static io.backorder.order.InventoryEvents.publish;
import static io.backorder.order.InventoryEvents.setParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.order.InventoryStandIn;
import io.backorder.order.SampleOrders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderProcessingTests {

    @Test
    void the_processor_captures_approves_and_ships_each_order_and_says_why_it_skipped_one() {
        InventoryStandIn.answerShipments();
        String ready = allocatedInFull("AUTH-READY-" + UUID.randomUUID());
        String declined = allocatedInFull("DECLINE-" + UUID.randomUUID());

        JsonPath result = process(Map.of("orderNumbers", List.of(ready, declined, "999999"),
                "approve", true, "capture", true, "ship", true));

        assertThat(result.getList("orders.find { it.orderNumber == '" + ready + "' }.done", String.class))
                .containsExactly("payment captured and approved", "shipped 2 unit(s)");
        assertThat(result.getString("orders.find { it.orderNumber == '" + ready + "' }.skipped")).isNull();
        assertThat(result.getString("orders.find { it.orderNumber == '" + declined + "' }.skipped"))
                .isEqualTo("payment capture failed: card declined");
        assertThat(result.getString("orders.find { it.orderNumber == '999999' }.skipped")).isEqualTo("no such order");
        given().get("/api/orders/" + ready).then().body("status.shipped", equalTo(true));
        given().get("/api/orders/" + declined).then().body("status.approved", equalTo(false))
                .body("lines[0].shipped", equalTo(0));
    }

    @Test
    void an_order_that_still_has_backorders_is_skipped_unless_the_processor_includes_them() {
        InventoryStandIn.answerShipments();
        String waiting = waitingOrder();

        JsonPath skipped = process(Map.of("orderNumbers", List.of(waiting), "approve", true, "ship", true));
        assertThat(skipped.getString("orders[0].skipped")).isEqualTo("still needs 1 unit(s)");

        setParameter("MultiOrderProcessorIncludeBackorders", true);
        try {
            JsonPath included = process(Map.of("orderNumbers", List.of(waiting), "approve", true, "ship", true));
            assertThat(included.getList("orders[0].done", String.class)).containsExactly("approved", "shipped 1 unit(s)");
        } finally {
            setParameter("MultiOrderProcessorIncludeBackorders", false);
        }
        given().get("/api/orders/" + waiting).then().body("lines[0].shipped", equalTo(1)).body("lines[0].needed", equalTo(1));
    }

    @Test
    void a_request_without_orders_is_refused() {
        given().contentType(ContentType.JSON).body("{ \"orderNumbers\": [], \"ship\": true }")
                .post("/api/order-processing").then().statusCode(400).contentType("application/problem+json");
    }

    private static JsonPath process(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request).post("/api/order-processing")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String allocatedInFull(String authorizationId) {
        String order = importOrder(authorizationId);
        publish(new StockAllocated("SKU123", order, 1, 2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("status.complete", equalTo(true)));
        return order;
    }

    private static String waitingOrder() {
        String order = importOrder("AUTH-WAIT-" + UUID.randomUUID());
        publish(new StockAllocated("SKU123", order, 1, 1));
        publish(new LineBackordered("SKU123", order, 1, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[0].needed", equalTo(1)));
        return order;
    }

    private static String importOrder(String authorizationId) {
        String body = SampleOrders.twoOf(SampleOrders.uniqueId("PROC"), "C-P")
                .replace("\"placedAt\"", "\"payment\": { \"authorizationId\": \"" + authorizationId
                        + "\", \"amount\": \"50.00\" }, \"placedAt\"");
        return given().contentType(ContentType.JSON).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderNumber");
    }
}
