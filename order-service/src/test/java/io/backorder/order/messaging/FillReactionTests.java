package io.backorder.order.messaging;

import static io.backorder.order.InventoryEvents.publish;
import static io.backorder.order.InventoryEvents.setParameter;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FillReactionTests {

    @Test
    void a_fill_that_completes_an_order_approves_it_after_capturing_its_payment() {
        String order = waitingOrder("AUTH-OK-" + UUID.randomUUID());
        setParameter("CaptureAtFillBackorders", true);
        try {
            completeByFill(order, null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + order).then()
                            .body("status.approved", equalTo(true)).body("status.complete", equalTo(true))
                            .body("payment.captured", equalTo(true))
                            .body("payment.transactionId", startsWith("SBX-")));
        } finally {
            setParameter("CaptureAtFillBackorders", false);
        }
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> order.equals(r.key())
                    && "PaymentCaptured".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30));
        }
    }

    @Test
    void a_declined_capture_leaves_the_order_unapproved_with_the_gateways_reason() {
        String order = waitingOrder("DECLINE-" + UUID.randomUUID());
        setParameter("CaptureAtFillBackorders", true);
        try {
            completeByFill(order, null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + order).then()
                            .body("status.complete", equalTo(true)).body("status.approved", equalTo(false))
                            .body("payment.captured", equalTo(false))
                            .body("payment.lastFailure", equalTo("card declined")));
        } finally {
            setParameter("CaptureAtFillBackorders", false);
        }
        given().post("/api/orders/" + order + "/approve").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void without_capture_at_fill_a_completing_fill_approves_without_charging() {
        String order = waitingOrder("AUTH-NOCAPTURE-" + UUID.randomUUID());

        completeByFill(order, null);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("status.approved", equalTo(true)).body("payment.captured", equalTo(false))
                        .body("shipDate", nullValue()));
    }

    @Test
    void a_fill_that_asks_for_capture_captures_while_the_merchant_s_parameter_is_off() {
        String order = waitingOrder("AUTH-FILL-CAPTURE-" + UUID.randomUUID());
        given().get("/api/parameters/CaptureAtFillBackorders").then().body("value", equalTo("false"));

        completeByFill(order, null, true);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then()
                        .body("status.approved", equalTo(true)).body("payment.captured", equalTo(true))
                        .body("payment.transactionId", startsWith("SBX-")));
        given().get("/api/parameters/CaptureAtFillBackorders").then().body("value", equalTo("false"));
    }

    @Test
    void a_fill_that_says_no_capture_approves_without_charging_while_the_merchant_s_parameter_is_on() {
        String order = waitingOrder("AUTH-FILL-NOCAPTURE-" + UUID.randomUUID());
        setParameter("CaptureAtFillBackorders", true);
        try {
            completeByFill(order, null, false);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + order).then()
                            .body("status.approved", equalTo(true)).body("payment.captured", equalTo(false)));
        } finally {
            setParameter("CaptureAtFillBackorders", false);
        }
    }

    @Test
    void a_fill_sets_the_ship_date_when_the_merchant_wants_it() {
        String order = waitingOrder("AUTH-DATE-" + UUID.randomUUID());
        setParameter("FillBackOrdersSetShipDate", true);
        try {
            completeByFill(order, LocalDate.parse("2026-12-01"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + order).then().body("shipDate", equalTo("2026-12-01")));
        } finally {
            setParameter("FillBackOrdersSetShipDate", false);
        }
    }

    @Test
    void a_fill_without_a_date_ships_today_when_the_merchant_wants_the_date_set() {
        String order = waitingOrder("AUTH-TODAY-" + UUID.randomUUID());
        setParameter("FillBackOrdersSetShipDate", true);
        try {
            completeByFill(order, null);
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + order).then()
                            .body("shipDate", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString())));
        } finally {
            setParameter("FillBackOrdersSetShipDate", false);
        }
    }

    @Test
    void approving_by_hand_captures_first_and_a_decline_is_a_conflict() {
        String declined = importOrder("DECLINE-HAND-" + UUID.randomUUID());
        given().post("/api/orders/" + declined + "/approve").then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/api/orders/" + declined).then().body("status.approved", equalTo(false))
                .body("payment.lastFailure", equalTo("card declined"));

        String accepted = importOrder("AUTH-HAND-" + UUID.randomUUID());
        given().post("/api/orders/" + accepted + "/approve").then().statusCode(200)
                .body("status.approved", equalTo(true)).body("payment.captured", equalTo(true));
    }

    /** Order A of the seed example, with 4 of SKU123 allocated and 1 of SKU999 waiting. */
    private static String waitingOrder(String authorizationId) {
        String order = importOrder(authorizationId);
        publish(new StockAllocated("SKU123", order, 1, 4));
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[1].needed", equalTo(1)));
        return order;
    }

    private static void completeByFill(String order, LocalDate shipDate) {
        completeByFill(order, shipDate, null);
    }

    /** capture: the fill's own choice; null for a fill that did not say. */
    private static void completeByFill(String order, LocalDate shipDate, Boolean capture) {
        publish(new BackorderFilled("SKU999", order, 2, 1, 0, "fill-" + UUID.randomUUID(), true, shipDate, false,
                capture));
    }

    private static String importOrder(String authorizationId) {
        String body = SampleOrders.orderA(SampleOrders.uniqueId("WEB")).replace("AUTH-1", authorizationId);
        return given().contentType(ContentType.JSON).body(body).post("/api/orders")
                .then().statusCode(201).extract().path("orderNumber");
    }
}
