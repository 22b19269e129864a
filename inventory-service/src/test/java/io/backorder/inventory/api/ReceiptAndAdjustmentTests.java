package io.backorder.inventory.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReceiptAndAdjustmentTests {

    private final String kafka = TestKafka.get().bootstrapServers();

    @Test
    void a_receipt_raises_the_units_on_hand_once_however_often_it_is_sent() {
        String sku = newItem(2);
        String receipt = receipt("R-" + UUID.randomUUID(), sku, 10);

        given().contentType(ContentType.JSON).body(receipt).post("/api/receipts")
                .then().statusCode(201).body("onHandAfter", equalTo(12));
        given().contentType(ContentType.JSON).body(receipt).post("/api/receipts")
                .then().statusCode(200).body("onHandAfter", equalTo(12));

        given().get("/api/items/" + sku).then().body("onHand", equalTo(12)).body("available", equalTo(12));
    }

    @Test
    void a_receipt_id_sent_again_for_other_goods_is_a_conflict_and_changes_nothing() {
        String sku = newItem(0);
        String receiptId = "R-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(receipt(receiptId, sku, 5)).post("/api/receipts").then().statusCode(201);

        given().contentType(ContentType.JSON).body(receipt(receiptId, sku, 7)).post("/api/receipts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(receiptId));
        given().get("/api/items/" + sku).then().body("onHand", equalTo(5));
    }

    @Test
    void a_receipt_for_an_item_nobody_defined_is_refused() {
        given().contentType(ContentType.JSON).body(receipt("R-" + UUID.randomUUID(), "NO-SUCH-SKU", 5))
                .post("/api/receipts")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_invalid_receipt_is_refused_naming_the_fields() {
        given().contentType(ContentType.JSON).body("{ \"receiptId\": \"\", \"sku\": \"SKU 1\", \"quantity\": 0 }")
                .post("/api/receipts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("receiptId"))
                .body("errors.field", hasItem("sku"))
                .body("errors.field", hasItem("quantity"));
    }

    @Test
    void a_receipt_on_the_warehouse_topic_is_taken_once_and_a_bad_one_is_dead_lettered() {
        String sku = newItem(1);
        String receipt = receipt("R-" + UUID.randomUUID(), sku, 4);
        String bad = receipt("R-" + UUID.randomUUID(), sku, -4);

        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku, receipt, Map.of());
        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku, receipt, Map.of());
        TopicProbe.send(kafka, Topics.WAREHOUSE_RECEIPTS, sku, bad, Map.of());

        try (TopicProbe dead = TopicProbe.reading(kafka, List.of(Topics.deadLetter(Topics.WAREHOUSE_RECEIPTS)))) {
            dead.awaitUntil(seen -> seen.stream().anyMatch(r -> r.value().equals(bad)
                    && TopicProbe.header(r, EventHeaders.DLQ_REASON).contains("quantity")), Duration.ofSeconds(30));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/items/" + sku).then().body("onHand", equalTo(5)));
    }

    @Test
    void an_adjustment_corrects_the_count_with_its_reason_but_never_below_zero() {
        String sku = newItem(5);

        given().contentType(ContentType.JSON).body("{ \"delta\": -3, \"reason\": \"cycle count\" }")
                .post("/api/items/" + sku + "/adjustments")
                .then().statusCode(200).body("onHandAfter", equalTo(2));
        given().contentType(ContentType.JSON).body("{ \"delta\": -3, \"reason\": \"cycle count\" }")
                .post("/api/items/" + sku + "/adjustments")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"delta\": 0, \"reason\": \"nothing\" }")
                .post("/api/items/" + sku + "/adjustments")
                .then().statusCode(400).body("errors.field", hasItem("delta"));

        given().get("/api/items/" + sku).then().body("onHand", equalTo(2));
    }

    @Test
    void an_item_with_a_bad_sku_or_body_is_refused() {
        given().contentType(ContentType.JSON).body("{ \"tracked\": true, \"discontinued\": false }")
                .put("/api/items/bad%20sku").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"tracked\": true }")
                .put("/api/items/SKU-X").then().statusCode(400).body("errors.field", hasItem("discontinued"));
        given().contentType(ContentType.JSON).body("{ \"tracked\": true, \"discontinued\": false, \"initialQuantityOnHand\": -1 }")
                .put("/api/items/SKU-X").then().statusCode(400).body("errors.field", hasItem("initialQuantityOnHand"));
    }

    private static String newItem(int onHand) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "widget", "tracked", true, "discontinued", false,
                        "initialQuantityOnHand", onHand))
                .put("/api/items/" + sku).then().statusCode(201);
        return sku;
    }

    private static String receipt(String receiptId, String sku, int quantity) {
        return """
                { "receiptId": "%s", "sku": "%s", "quantity": %d, "poNumber": "PO-1",
                  "scannerId": "dock-2", "scannedAt": "2026-11-28T09:00:00Z" }
                """.formatted(receiptId, sku, quantity);
    }
}
