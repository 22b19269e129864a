package io.backorder.order.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderImportTests {

    @Test
    void importing_an_order_answers_201_with_its_number_and_its_lines() {
        String storefrontOrderId = SampleOrders.uniqueId("WEB");

        String orderNumber = given().contentType(ContentType.JSON).body(SampleOrders.orderA(storefrontOrderId))
                .when().post("/api/orders")
                .then().statusCode(201)
                .header("Location", containsString("/api/orders/"))
                .body("storefrontOrderId", equalTo(storefrontOrderId))
                .body("customer.name", equalTo("Ada Byron"))
                .body("discountPercent", equalTo("10"))
                .body("lines", hasSize(2))
                .body("lines[0].sku", equalTo("SKU123"))
                .body("lines[0].quantity", equalTo(4))
                .body("lines[0].unitPrice", equalTo("25.00"))
                .body("lines[1].lineNo", equalTo(2))
                .extract().path("orderNumber");

        assertThat(Long.parseLong(orderNumber)).isGreaterThanOrEqualTo(1001);
        given().when().get("/api/orders/" + orderNumber)
                .then().statusCode(200).body("lines[1].sku", equalTo("SKU999"));
    }

    @Test
    void an_imported_order_s_page_shows_all_the_storefront_sent_and_nothing_decided_yet() {
        String storefrontOrderId = SampleOrders.uniqueId("WEB");
        String orderNumber = given().contentType(ContentType.JSON).body(SampleOrders.orderA(storefrontOrderId))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");

        given().when().get("/api/orders/" + orderNumber)
                .then().statusCode(200)
                .body("storefrontOrderId", equalTo(storefrontOrderId))
                .body("storefront", equalTo("web"))
                .body("importId", startsWith("api-"))
                .body("customer.id", equalTo("C-1"))
                .body("customer.name", equalTo("Ada Byron"))
                .body("customer.email", equalTo("ada@example.com"))
                .body("placedAt", equalTo("2026-11-27T08:00:00Z"))
                .body("discountPercent", equalTo("10"))
                .body("payment.authorizationId", equalTo("AUTH-1"))
                .body("payment.amount", equalTo("130.50"))
                .body("payment.captured", equalTo(false))
                .body("status.approved", equalTo(false))
                .body("status.cancelled", equalTo(false))
                .body("status.awaitingShipment", equalTo(false))
                .body("shipDate", nullValue())
                .body("lines.lineNo", contains(1, 2))
                .body("lines.sku", contains("SKU123", "SKU999"))
                .body("lines[0].quantity", equalTo(4))
                .body("lines[0].unitPrice", equalTo("25.00"))
                .body("lines[0].shipped", equalTo(0))
                .body("lines[0].cancelled", equalTo(0))
                .body("lines[0].splitOff", equalTo(0))
                .body("lines[0].originalLineNo", nullValue());
    }

    @Test
    void the_same_storefront_order_twice_creates_one_order() {
        String storefrontOrderId = SampleOrders.uniqueId("WEB");
        String first = given().contentType(ContentType.JSON).body(SampleOrders.orderA(storefrontOrderId))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");

        String second = given().contentType(ContentType.JSON).body(SampleOrders.orderA(storefrontOrderId))
                .post("/api/orders").then().statusCode(200).extract().path("orderNumber");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void order_numbers_are_short_and_sequential() {
        String first = given().contentType(ContentType.JSON).body(SampleOrders.twoOf(SampleOrders.uniqueId("WEB"), "C-9"))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
        String next = given().contentType(ContentType.JSON).body(SampleOrders.twoOf(SampleOrders.uniqueId("WEB"), "C-9"))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");

        assertThat(Long.parseLong(next)).isEqualTo(Long.parseLong(first) + 1);
    }

    @Test
    void an_invalid_order_is_refused_with_a_problem_naming_each_field_at_fault() {
        String body = """
                { "storefrontOrderId": "WEB-BAD", "storefront": "web",
                  "customer": { "id": "C-1" }, "placedAt": "2026-11-27T08:00:00Z",
                  "lines": [ { "sku": "SKU123", "quantity": 0, "unitPrice": "25.00" },
                             { "sku": "SKU123", "quantity": 1, "unitPrice": "12.345" },
                             { "quantity": 1, "unitPrice": "1.00" } ] }
                """;

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/orders")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("lines[0].quantity"))
                .body("errors.field", hasItem("lines[1].unitPrice"))
                .body("errors.field", hasItem("lines[1].sku"))
                .body("errors.field", hasItem("lines[2].sku"));

        given().contentType(ContentType.JSON).body(SampleOrders.orderA("WEB-BAD"))
                .post("/api/orders").then().statusCode(201);
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_a_problem() {
        given().contentType(ContentType.JSON).body("{ \"storefrontOrderId\": ")
                .when().post("/api/orders")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void a_fractional_quantity_is_refused_not_truncated() {
        String body = SampleOrders.orderA(SampleOrders.uniqueId("WEB")).replace("\"quantity\": 4", "\"quantity\": 4.5");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/orders")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_unknown_order_is_a_404_problem() {
        given().when().get("/api/orders/999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("999999"));
    }

    @Test
    void a_batch_answers_its_import_id_and_each_orders_number() {
        String known = SampleOrders.uniqueId("WEB");
        given().contentType(ContentType.JSON).body(SampleOrders.orderA(known)).post("/api/orders").then().statusCode(201);
        String fresh = SampleOrders.uniqueId("WEB");

        given().contentType(ContentType.JSON)
                .body("{ \"orders\": [" + SampleOrders.orderA(known) + "," + SampleOrders.twoOf(fresh, "C-2") + "] }")
                .when().post("/api/order-imports")
                .then().statusCode(200)
                .body("importId", containsString("import-"))
                .body("created", equalTo(1))
                .body("alreadyImported", equalTo(1))
                .body("orders[1].storefrontOrderId", equalTo(fresh))
                .body("orders[1].created", equalTo(true));
    }

    @Test
    void a_batch_with_one_invalid_order_imports_nothing() {
        String good = SampleOrders.uniqueId("WEB");
        String bad = SampleOrders.twoOf(SampleOrders.uniqueId("WEB"), "C-2").replace("\"quantity\": 2", "\"quantity\": -2");

        given().contentType(ContentType.JSON)
                .body("{ \"orders\": [" + SampleOrders.orderA(good) + "," + bad + "] }")
                .when().post("/api/order-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("orders[1].lines[0].quantity"));

        given().contentType(ContentType.JSON).body(SampleOrders.orderA(good)).post("/api/orders").then().statusCode(201);
    }

    @Test
    void an_imported_order_is_published_on_orders_events_keyed_by_its_number() {
        String storefrontOrderId = SampleOrders.uniqueId("WEB");
        String orderNumber = given().contentType(ContentType.JSON).body(SampleOrders.orderA(storefrontOrderId))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");

        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            List<ConsumerRecord<String, String>> records = probe.awaitUntil(
                    seen -> seen.stream().anyMatch(r -> orderNumber.equals(r.key())), Duration.ofSeconds(30));
            ConsumerRecord<String, String> record = records.stream().filter(r -> orderNumber.equals(r.key()))
                    .findFirst().orElseThrow();
            EventEnvelope envelope = ContractJson.readEnvelope(record.value());
            assertThat(envelope.type()).isEqualTo("OrderImported");
            assertThat(TopicProbe.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("OrderImported");
            assertThat(TopicProbe.header(record, EventHeaders.EVENT_ID)).isEqualTo(envelope.eventId());
            assertThat(envelope.data().get("storefrontOrderId").asText()).isEqualTo(storefrontOrderId);
            assertThat(envelope.aggregateVersion()).isEqualTo(1);
        }
    }

    @Test
    void a_batch_over_the_limit_is_refused_whole() {
        StringBuilder orders = new StringBuilder();
        for (int i = 0; i <= OrderImportRequest.MAX_ORDERS; i++) {
            orders.append(i == 0 ? "" : ",").append(SampleOrders.twoOf("OVER-" + i + "-" + SampleOrders.uniqueId("B"), "C-9"));
        }

        given().contentType(ContentType.JSON).body("{ \"orders\": [" + orders + "] }")
                .when().post("/api/order-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("orders"));
    }
}
