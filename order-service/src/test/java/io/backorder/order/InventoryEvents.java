package io.backorder.order;

import static io.restassured.RestAssured.given;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.eventing.IncomingRecord;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What inventory-service would publish, for order-service's tests, and the parameters they switch. */
public final class InventoryEvents {

    /** One key for every test event, so that they arrive in the order they were sent. */
    private static final String KEY = "test-sku";

    private InventoryEvents() {
    }

    public static EventEnvelope publish(EventData data) {
        EventEnvelope envelope = envelope(data);
        republish(envelope);
        return envelope;
    }

    /** The same event again, as a redelivery would bring it. */
    public static void republish(EventEnvelope envelope) {
        TopicProbe.send(TestKafka.get().bootstrapServers(), Topics.INVENTORY_EVENTS, KEY,
                ContractJson.writeEnvelope(envelope), headers(envelope));
    }

    /** The event as order-service's consumer would read it from inventory.events, for a test that hands it over. */
    public static IncomingRecord record(EventData data) {
        EventEnvelope envelope = envelope(data);
        return new IncomingRecord(Topics.INVENTORY_EVENTS, 0, 0, KEY, ContractJson.writeEnvelope(envelope),
                headers(envelope), envelope.eventId());
    }

    private static EventEnvelope envelope(EventData data) {
        return new EventEnvelope(UUID.randomUUID().toString(), data.getClass().getSimpleName(), 1, KEY, 1,
                Instant.now(), null, null, ContractJson.toData(data));
    }

    private static Map<String, String> headers(EventEnvelope envelope) {
        return Map.of(EventHeaders.EVENT_ID, envelope.eventId(), EventHeaders.EVENT_TYPE, envelope.type());
    }

    public static void setParameter(String name, Object value) {
        given().contentType(ContentType.JSON).body(Map.of("value", value)).put("/api/parameters/" + name)
                .then().statusCode(200);
    }
}
