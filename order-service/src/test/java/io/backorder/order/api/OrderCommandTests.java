package io.backorder.order.api;

import static io.backorder.order.InventoryEvents.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.ReleaseReason;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderCommandTests {

    @Test
    void the_order_page_follows_force_fill_and_cancel_of_its_backorders() {
        String order = importOrderA();
        publish(new StockAllocated("SKU123", order, 1, 4));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        publish(new AllocationReleased("SKU123", order, 1, 4, ReleaseReason.FORCED_BACKORDER));
        publish(new LineBackordered("SKU123", order, 1, 4, BackorderReason.FORCED, true));
        publish(new BackorderFilled("SKU123", order, 1, 1, 3, "fill-1", true, null));
        publish(new BackorderCancelled("SKU999", order, 2, 1));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("lines[0].allocated", equalTo(1)).body("lines[0].needed", equalTo(3))
                        .body("lines[1].needed", equalTo(0)).body("lines[1].cancelled", equalTo(1)));
    }

    @Test
    void an_approved_order_ships_what_is_allocated_and_publishes_it() {
        String order = importOrderA();
        publish(new StockAllocated("SKU123", order, 1, 4));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[0].allocated", equalTo(4)));

        given().post("/api/orders/" + order + "/approve").then().statusCode(200).body("status.approved", equalTo(true));
        given().post("/api/orders/" + order + "/ship").then().statusCode(200)
                .body("lines[0].shipped", equalTo(4)).body("lines[0].allocated", equalTo(0))
                .body("status.shipped", equalTo(false));

        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> order.equals(r.key())
                    && "OrderShipped".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30));
        }
        given().post("/api/orders/" + order + "/ship").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"reason\": \"too late\" }").post("/api/orders/" + order + "/cancel")
                .then().statusCode(409);
    }

    @Test
    void a_cancelled_order_cannot_be_approved_and_an_unknown_one_is_a_404() {
        String order = importOrderA();

        given().contentType(ContentType.JSON).body("{ \"reason\": \"customer asked\" }").post("/api/orders/" + order + "/cancel")
                .then().statusCode(200).body("status.cancelled", equalTo(true));
        given().post("/api/orders/" + order + "/approve").then().statusCode(409).contentType("application/problem+json");
        given().post("/api/orders/999999/approve").then().statusCode(404).contentType("application/problem+json");
    }

    private static String importOrderA() {
        return given().contentType(ContentType.JSON).body(SampleOrders.orderA(SampleOrders.uniqueId("WEB")))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
    }
}
