package io.backorder.inventory.messaging;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderAllocationTests {

    private final String kafka = TestKafka.get().bootstrapServers();

    @Test
    void the_seed_example_allocates_five_units_to_a_and_b_and_backorders_the_rest() {
        String sku = "SKU123-" + UUID.randomUUID().toString().substring(0, 6);
        String missing = "SKU999-" + UUID.randomUUID().toString().substring(0, 6);
        defineItem(sku, 5);
        defineItem(missing, 0);
        String a = number();
        String b = number();
        String c = number();

        publish(imported(a, List.of(line(1, sku, 4), line(2, missing, 1))));
        publish(imported(b, List.of(line(1, sku, 2))));
        publish(imported(c, List.of(line(1, sku, 2))));

        awaitAllocation(c, 1, 0, 2);
        awaitAllocation(a, 1, 4, 0);
        awaitAllocation(a, 2, 0, 1);
        awaitAllocation(b, 1, 1, 1);
        given().get("/api/items/" + sku).then().statusCode(200)
                .body("onHand", equalTo(5)).body("allocated", equalTo(5))
                .body("available", equalTo(0)).body("backordered", equalTo(3));
    }

    @Test
    void a_redelivered_order_is_allocated_once() {
        String sku = "SKU-REDELIVER-" + UUID.randomUUID().toString().substring(0, 6);
        defineItem(sku, 10);
        String order = number();
        EventEnvelope envelope = imported(order, List.of(line(1, sku, 3)));

        publish(envelope);
        publish(envelope);
        String marker = number();
        publish(imported(marker, List.of(line(1, sku, 1))));

        awaitAllocation(marker, 1, 1, 0);
        given().get("/api/orders/" + order + "/allocation").then().body("lines[0].allocated", equalTo(3));
        given().get("/api/items/" + sku).then().body("allocated", equalTo(4));
    }

    @Test
    void a_line_for_an_undefined_sku_is_backordered_and_the_item_shows_as_unknown() {
        String sku = "NEVER-DEFINED-" + UUID.randomUUID().toString().substring(0, 6);
        String order = number();

        publish(imported(order, List.of(line(1, sku, 2))));

        awaitAllocation(order, 1, 0, 2);
        given().get("/api/items/" + sku).then().statusCode(200)
                .body("defined", equalTo(false)).body("backordered", equalTo(2));
    }

    @Test
    void an_unreadable_event_goes_to_the_dead_letter_topic() {
        String key = "garbage-" + UUID.randomUUID();
        TopicProbe.send(kafka, Topics.ORDERS_EVENTS, key, "{\"eventId\": 1", Map.of());

        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(Topics.ORDERS_EVENTS)))) {
            dead.awaitUntil(seen -> seen.stream().anyMatch(r -> key.equals(r.key())
                    && TopicProbe.header(r, EventHeaders.DLQ_REASON).startsWith("unreadable")), Duration.ofSeconds(30));
        }
    }
}
