package io.backorder.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/** What order-service would publish, and how inventory's answers are awaited, for inventory's tests. */
public final class OrderEventsFixture {

    private static final AtomicInteger ORDER_NUMBERS = new AtomicInteger(5000);

    private OrderEventsFixture() {
    }

    public static String number() {
        return Integer.toString(ORDER_NUMBERS.incrementAndGet());
    }

    public static String sku(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public static OrderImported.Line line(int lineNo, String sku, int quantity) {
        return line(lineNo, sku, quantity, null);
    }

    public static OrderImported.Line line(int lineNo, String sku, int quantity, Integer storefrontQuantityOnHand) {
        return new OrderImported.Line(lineNo, sku, quantity, new BigDecimal("25.00"), storefrontQuantityOnHand);
    }

    public static EventEnvelope imported(String orderNumber, List<OrderImported.Line> lines) {
        OrderImported data = new OrderImported(orderNumber, "WEB-" + orderNumber, "web", "import-test",
                new OrderImported.Customer("C-1", "Ada Byron", "ada@example.com"), Instant.now(), BigDecimal.ZERO, lines,
                null);
        return new EventEnvelope(UUID.randomUUID().toString(), "OrderImported", 1, orderNumber, 1, Instant.now(),
                UUID.randomUUID().toString(), null, ContractJson.toData(data));
    }

    /** Any event of order-service, as it would publish it. */
    public static EventEnvelope orderEvent(String orderNumber, long version, EventData data) {
        return EventEnvelope.of(UUID.randomUUID().toString(), orderNumber, version, Instant.now(),
                UUID.randomUUID().toString(), null, data);
    }

    public static void publish(EventEnvelope envelope) {
        TopicProbe.send(TestKafka.get().bootstrapServers(), Topics.ORDERS_EVENTS, envelope.aggregateId(),
                ContractJson.writeEnvelope(envelope),
                Map.of(EventHeaders.EVENT_ID, envelope.eventId(), EventHeaders.EVENT_TYPE, envelope.type()));
    }

    public static void defineItem(String sku, int onHand) {
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "test item", "tracked", true, "discontinued", false,
                        "initialQuantityOnHand", onHand))
                .put("/api/items/" + sku).then().statusCode(201).body("onHand", equalTo(onHand));
    }

    public static void awaitAllocation(String order, int lineNo, int allocated, int needed) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order + "/allocation").then().statusCode(200)
                        .body("lines.find { it.lineNo == " + lineNo + " }.allocated", equalTo(allocated))
                        .body("lines.find { it.lineNo == " + lineNo + " }.needed", equalTo(needed)));
    }

    public static void setParameter(String name, Object value) {
        given().contentType(ContentType.JSON).body(Map.of("value", value))
                .put("/api/parameters/" + name).then().statusCode(200);
    }
}
