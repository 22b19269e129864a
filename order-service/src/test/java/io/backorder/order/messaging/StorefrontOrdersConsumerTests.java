package io.backorder.order.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StorefrontOrdersConsumerTests {

    private final String kafka = TestKafka.get().bootstrapServers();

    @Test
    void an_order_on_the_storefront_topic_is_imported_once_however_often_it_is_delivered() {
        String storefrontOrderId = SampleOrders.uniqueId("TOPIC");
        String body = SampleOrders.orderA(storefrontOrderId);

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, storefrontOrderId, body, Map.of());
        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, storefrontOrderId, body, Map.of());
        String marker = SampleOrders.uniqueId("MARKER");
        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, marker, SampleOrders.twoOf(marker, "C-2"), Map.of());

        try (TopicProbe probe = TopicProbe.reading(kafka, List.of(Topics.ORDERS_EVENTS))) {
            List<ConsumerRecord<String, String>> seen = probe.awaitUntil(
                    records -> importsOf(records, marker) == 1, Duration.ofSeconds(30));
            assertThat(importsOf(probe.drain(Duration.ofMillis(500)), storefrontOrderId)).isEqualTo(1);
            assertThat(seen).isNotEmpty();
        }
    }

    @Test
    void an_order_in_an_envelope_is_imported_like_a_bare_one() {
        String storefrontOrderId = SampleOrders.uniqueId("ENVELOPED");
        String enveloped = """
                { "eventId": "%s", "type": "OrderPlaced", "schemaVersion": 1, "aggregateId": "%s",
                  "aggregateVersion": 1, "occurredAt": "2026-11-27T08:00:00Z", "data": %s }
                """.formatted(java.util.UUID.randomUUID(), storefrontOrderId, SampleOrders.orderA(storefrontOrderId));

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, storefrontOrderId, enveloped, Map.of());

        awaitImportedOnce(storefrontOrderId);
    }

    @Test
    void an_invalid_order_on_the_topic_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_is_imported() {
        String badId = SampleOrders.uniqueId("POISON");
        String bad = SampleOrders.twoOf(badId, "C-2").replace("\"quantity\": 2", "\"quantity\": 0");
        String goodId = SampleOrders.uniqueId("AFTER-POISON");

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, "same-key", bad, Map.of());
        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, "same-key", "this is not json", Map.of());
        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, "same-key", SampleOrders.twoOf(goodId, "C-2"), Map.of());

        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(Topics.STOREFRONT_ORDERS)))) {
            List<ConsumerRecord<String, String>> records = dead.awaitUntil(
                    seen -> seen.stream().filter(r -> r.value().contains(badId) || r.value().equals("this is not json"))
                            .count() == 2, Duration.ofSeconds(30));
            ConsumerRecord<String, String> invalid = records.stream().filter(r -> r.value().contains(badId))
                    .findFirst().orElseThrow();
            assertThat(TopicProbe.header(invalid, EventHeaders.DLQ_REASON)).contains("lines[0].quantity");
            ConsumerRecord<String, String> unreadable = records.stream()
                    .filter(r -> r.value().equals("this is not json")).findFirst().orElseThrow();
            assertThat(TopicProbe.header(unreadable, EventHeaders.DLQ_REASON)).contains("not JSON");
        }
        try (TopicProbe probe = TopicProbe.reading(kafka, List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(records -> importsOf(records, goodId) == 1, Duration.ofSeconds(30));
            assertThat(importsOf(probe.seen(), badId)).isZero();
        }
    }

    @Test
    void an_order_with_an_event_id_header_too_long_to_store_is_imported_under_its_place_in_the_log() {
        String storefrontOrderId = SampleOrders.uniqueId("LONG-ID");

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, storefrontOrderId, SampleOrders.orderA(storefrontOrderId),
                Map.of(EventHeaders.EVENT_ID, "e".repeat(150)));

        awaitImportedOnce(storefrontOrderId);
    }

    @Test
    void an_order_whose_customer_name_holds_nul_is_dead_lettered_instead_of_failing_its_import_for_ever() {
        String badId = SampleOrders.uniqueId("NUL");
        String bad = SampleOrders.twoOf(badId, "C-2").replace("Grace Hopper", "Grace\\u0000Hopper");
        String goodId = SampleOrders.uniqueId("AFTER-NUL");

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, "nul-key", bad, Map.of());
        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, "nul-key", SampleOrders.twoOf(goodId, "C-2"), Map.of());

        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(Topics.STOREFRONT_ORDERS)))) {
            ConsumerRecord<String, String> refused = dead.awaitUntil(
                    seen -> seen.stream().anyMatch(r -> r.value().contains(badId)), Duration.ofSeconds(30))
                    .stream().filter(r -> r.value().contains(badId)).findFirst().orElseThrow();
            assertThat(TopicProbe.header(refused, EventHeaders.DLQ_REASON)).contains("customer.name").contains("NUL");
        }
        try (TopicProbe probe = TopicProbe.reading(kafka, List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(records -> importsOf(records, goodId) == 1, Duration.ofSeconds(30));
            assertThat(importsOf(probe.seen(), badId)).isZero();
        }
    }

    @Test
    void an_invalid_order_is_kept_as_a_dead_letter_that_a_retry_refuses_again_with_its_reason() {
        String badId = SampleOrders.uniqueId("KEPT");
        String bad = SampleOrders.twoOf(badId, "C-2").replace("\"quantity\": 2", "\"quantity\": 0");

        TopicProbe.send(kafka, Topics.STOREFRONT_ORDERS, badId, bad, Map.of());

        Number id = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .queryParam("consumer", "order-service.storefront-orders").queryParam("size", 500)
                .get("/api/dead-letters").then().statusCode(200).extract().jsonPath()
                .get("deadLetters.find { it.key == '" + badId + "' }.id"), found -> found != null);
        given().get("/api/dead-letters/" + id).then().statusCode(200)
                .body("topic", equalTo(Topics.STOREFRONT_ORDERS)).body("reason", containsString("lines[0].quantity"));
        given().post("/api/dead-letters/" + id + "/retry").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("lines[0].quantity"));
        given().get("/api/dead-letters/" + id).then().body("retryable", equalTo(true));
    }

    private void awaitImportedOnce(String storefrontOrderId) {
        try (TopicProbe probe = TopicProbe.reading(kafka, List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(records -> importsOf(records, storefrontOrderId) == 1, Duration.ofSeconds(30));
        }
    }

    private static long importsOf(List<ConsumerRecord<String, String>> records, String storefrontOrderId) {
        return records.stream()
                .map(r -> ContractJson.readEnvelope(r.value()))
                .filter(e -> e.type().equals("OrderImported")
                        && storefrontOrderId.equals(e.data().get("storefrontOrderId").asText()))
                .count();
    }
}
