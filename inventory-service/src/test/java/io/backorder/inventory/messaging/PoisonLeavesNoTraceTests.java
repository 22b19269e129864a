package io.backorder.inventory.messaging;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A record refused half-way through its handling is dead-lettered with nothing of it kept: neither
 * the events and receipt rows written over JDBC nor the item views written through Hibernate.
 */
@QuarkusTest
class PoisonLeavesNoTraceTests {

    private final String kafka = TestKafka.get().bootstrapServers();

    @Test
    void an_order_shipped_whose_second_line_is_refused_ships_nothing() {
        String widgets = sku("WIDGET");
        String gizmos = sku("GIZMO");
        defineItem(widgets, 5);
        defineItem(gizmos, 5);
        String order = number();
        publish(imported(order, List.of(line(1, widgets, 2), line(2, gizmos, 1))));
        awaitAllocation(order, 2, 1, 0);

        EventEnvelope tooMany = shipped(order, 2, new OrderShipped.Line(1, widgets, 2), new OrderShipped.Line(2, gizmos, 3));
        publish(tooMany);
        awaitDeadLetter(Topics.ORDERS_EVENTS, tooMany.eventId());

        given().get("/api/items/" + widgets).then().statusCode(200)
                .body("onHand", equalTo(5)).body("allocated", equalTo(2));
        given().get("/api/orders/" + order + "/allocation").then()
                .body("lines.find { it.lineNo == 1 }.allocated", equalTo(2));

        publish(shipped(order, 3, new OrderShipped.Line(1, widgets, 2), new OrderShipped.Line(2, gizmos, 1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/items/" + gizmos).then().body("onHand", equalTo(4)).body("allocated", equalTo(0)));
        given().get("/api/items/" + widgets).then().body("onHand", equalTo(3)).body("allocated", equalTo(0));
    }

    @Test
    void a_receipt_for_an_undefined_item_can_be_sent_again_once_the_item_is_defined() {
        String sku = sku("LATE");
        String receipt = receipt("R-" + UUID.randomUUID(), sku, 6);

        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku, receipt, Map.of());
        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(Topics.WAREHOUSE_RECEIPTS)))) {
            dead.awaitUntil(seen -> seen.stream().anyMatch(r -> sku.equals(r.key())
                    && TopicProbe.header(r, EventHeaders.DLQ_REASON).contains("not defined")), Duration.ofSeconds(30));
        }

        defineItem(sku, 0);
        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku, receipt, Map.of());

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/items/" + sku).then().body("onHand", equalTo(6)));
    }

    static EventEnvelope shipped(String order, long version, OrderShipped.Line... lines) {
        OrderShipped shipped = new OrderShipped(order, Instant.now(), List.of(lines), null);
        return new EventEnvelope(UUID.randomUUID().toString(), "OrderShipped", 1, order, version, Instant.now(), null,
                null, ContractJson.toData(shipped));
    }

    static String receipt(String receiptId, String sku, int quantity) {
        return """
                { "receiptId": "%s", "sku": "%s", "quantity": %d, "scannerId": "dock-2",
                  "scannedAt": "2026-11-28T09:00:00Z" }
                """.formatted(receiptId, sku, quantity);
    }

    private void awaitDeadLetter(String topic, String eventId) {
        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(topic)))) {
            dead.awaitUntil(seen -> seen.stream().anyMatch(r -> r.value().contains(eventId)), Duration.ofSeconds(30));
        }
    }
}
