package io.backorder.order.messaging;

import static io.backorder.order.InventoryEvents.publish;
import static io.backorder.order.InventoryEvents.republish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryEventsConsumerTests {

    private final String kafka = TestKafka.get().bootstrapServers();

    @Test
    void the_order_page_shows_what_inventory_allocated_and_what_each_line_still_needs() {
        String order = importOrderA("C-PAGE");

        EventEnvelope allocated = publish(new StockAllocated("SKU123", order, 1, 4));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        republish(allocated);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("lines[0].allocated", equalTo(4)).body("lines[0].needed", equalTo(0))
                        .body("lines[1].allocated", equalTo(0)).body("lines[1].needed", equalTo(1))
                        .body("status.backordered", equalTo(true)).body("status.complete", equalTo(false)));
    }

    @Test
    void the_order_list_pages_and_keeps_only_backordered_orders_or_one_customers() {
        String customer = "C-" + UUID.randomUUID().toString().substring(0, 6);
        String waiting = importOrderA(customer);
        String served = importOrderA(customer);
        publish(new LineBackordered("SKU999", waiting, 2, 1, BackorderReason.OUT_OF_STOCK, true));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("backordered", true).queryParam("customerId", customer).get("/api/orders")
                        .then().statusCode(200)
                        .body("total", equalTo(1))
                        .body("orders[0].orderNumber", equalTo(waiting))
                        .body("orders[0].unitsNeeded", equalTo(1)));
        given().queryParam("customerId", customer).get("/api/orders")
                .then().body("total", equalTo(2)).body("orders.orderNumber", hasItem(served));
        given().queryParam("customerId", customer).queryParam("size", 1).queryParam("page", 1).get("/api/orders")
                .then().body("orders.size()", equalTo(1)).body("orders.orderNumber", not(hasItem(waiting)));
        given().queryParam("size", 0).get("/api/orders").then().statusCode(400).contentType("application/problem+json");
    }

    private static String importOrderA(String customerId) {
        String body = SampleOrders.orderA(SampleOrders.uniqueId("WEB")).replace("\"C-1\"", "\"" + customerId + "\"");
        return given().contentType(ContentType.JSON).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderNumber");
    }
}
