package io.backorder.order.api;

import static io.backorder.order.InventoryEvents.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.ReleaseReason;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.order.InventoryStandIn;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        publish(new BackorderFilled("SKU123", order, 1, 1, 3, "fill-1", true, null, false, null));
        publish(new BackorderCancelled("SKU999", order, 2, 1));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("lines[0].allocated", equalTo(1)).body("lines[0].needed", equalTo(3))
                        .body("lines[1].needed", equalTo(0)).body("lines[1].cancelled", equalTo(1)));
    }

    @Test
    void an_approved_order_ships_what_inventory_confirms_and_publishes_it() {
        InventoryStandIn.answerShipments();
        String order = allocatedOrderA();

        given().post("/api/orders/" + order + "/approve").then().statusCode(200).body("status.approved", equalTo(true));
        given().post("/api/orders/" + order + "/ship").then().statusCode(200)
                .body("lines[0].shipped", equalTo(4)).body("lines[0].allocated", equalTo(0))
                .body("status.shipped", equalTo(false)).body("status.awaitingShipment", equalTo(false));

        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> order.equals(r.key())
                    && "ShipmentRequested".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE)))
                    && seen.stream().anyMatch(r -> order.equals(r.key())
                    && "OrderShipped".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30));
        }
        given().post("/api/orders/" + order + "/ship").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"reason\": \"too late\" }").post("/api/orders/" + order + "/cancel")
                .then().statusCode(409);
    }

    @Test
    void a_line_inventory_refuses_to_ship_shows_why_and_a_shipment_of_nothing_answers_409() {
        InventoryStandIn.answerShipments();
        String order = allocatedOrderA();
        InventoryStandIn.holds(order, 1, 0);

        given().post("/api/orders/" + order + "/ship").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("holds no units of SKU123"));

        given().get("/api/orders/" + order).then().body("lines[0].shipped", equalTo(0))
                .body("lines[0].allocated", equalTo(4)).body("status.awaitingShipment", equalTo(false))
                .body("notes", hasItem(containsString("Line 1 (SKU123) was not shipped")));
        given().contentType(ContentType.JSON).body("{}").post("/api/orders/" + order + "/cancel")
                .then().statusCode(200).body("status.cancelled", equalTo(true));
    }

    @Test
    void a_shipment_inventory_has_not_answered_yet_is_accepted_and_the_page_shows_the_answer_when_it_comes() {
        String order = allocatedOrderA();
        InventoryStandIn.silentFor(order);

        given().post("/api/orders/" + order + "/ship").then().statusCode(202)
                .body("status.awaitingShipment", equalTo(true)).body("lines[0].shipped", equalTo(0));
        given().contentType(ContentType.JSON).body("{}").post("/api/orders/" + order + "/cancel").then().statusCode(409)
                .body("detail", containsString("waits for inventory"));

        String requested = requestedShipment(order);
        publish(new StockShipped("SKU123", order, 1, 3, 2, requested));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[0].shipped", equalTo(3))
                        .body("lines[0].allocated", equalTo(1)).body("status.awaitingShipment", equalTo(false)));
    }

    @Test
    void a_cancelled_order_cannot_be_approved_and_an_unknown_one_is_a_404() {
        String order = importOrderA();

        given().contentType(ContentType.JSON).body("{ \"reason\": \"customer asked\" }").post("/api/orders/" + order + "/cancel")
                .then().statusCode(200).body("status.cancelled", equalTo(true));
        given().post("/api/orders/" + order + "/approve").then().statusCode(409).contentType("application/problem+json");
        given().post("/api/orders/999999/approve").then().statusCode(404).contentType("application/problem+json");
    }

    /** The shipment id of the order's ShipmentRequested, as published on orders.events. */
    private static String requestedShipment(String order) {
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            ConsumerRecord<String, String> record = probe.awaitUntil(seen -> seen.stream().anyMatch(r -> order.equals(r.key())
                    && "ShipmentRequested".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30))
                    .stream().filter(r -> order.equals(r.key())
                            && "ShipmentRequested".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE)))
                    .findFirst().orElseThrow();
            return ((ShipmentRequested) ContractJson.dataOf(ContractJson.readEnvelope(record.value()))).shipmentId();
        }
    }

    /** Order A of the seed example with its 4 widgets allocated and its gizmo backordered. */
    private static String allocatedOrderA() {
        String order = importOrderA();
        publish(new StockAllocated("SKU123", order, 1, 4));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[0].allocated", equalTo(4)));
        return order;
    }

    private static String importOrderA() {
        return given().contentType(ContentType.JSON).body(SampleOrders.orderA(SampleOrders.uniqueId("WEB")))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
    }
}
