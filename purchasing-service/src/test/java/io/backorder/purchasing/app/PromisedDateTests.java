package io.backorder.purchasing.app;

import static io.backorder.purchasing.PurchasingFixture.awaitBackordered;
import static io.backorder.purchasing.PurchasingFixture.awaitPlacements;
import static io.backorder.purchasing.PurchasingFixture.buyableItem;
import static io.backorder.purchasing.PurchasingFixture.newSupplier;
import static io.backorder.purchasing.PurchasingFixture.generate;
import static io.backorder.purchasing.PurchasingFixture.inventory;
import static io.backorder.purchasing.PurchasingFixture.onlyOrder;
import static io.backorder.purchasing.PurchasingFixture.orderNumber;
import static io.backorder.purchasing.PurchasingFixture.placed;
import static io.backorder.purchasing.PurchasingFixture.send;
import static io.backorder.purchasing.PurchasingFixture.unique;
import static io.backorder.purchasing.PurchasingFixture.waitingOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.purchasing.PurchasingFixture;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PromisedDateTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    LateChecks lateChecks;

    /** Two orders wait for one sku: the older needs 3 units, the newer 2; a draft for the supplier (lead 5 days). */
    private record Waiting(String sku, String older, String newer, String poNumber) {
    }

    @Test
    void waiting_lines_are_promised_oldest_first_the_date_of_the_sent_order_that_covers_them() {
        Waiting waiting = twoOrdersWaiting();
        awaitPromise(waiting.older(), "NOT_ON_ORDER", null);
        awaitPromise(waiting.newer(), "NOT_ON_ORDER", null);
        given().contentType(ContentType.JSON).body("{ \"quantity\": 4 }")
                .put("/api/purchase-orders/" + waiting.poNumber() + "/lines/" + waiting.sku()).then().statusCode(200);

        send(waiting.poNumber());

        LocalDate expected = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        awaitPromise(waiting.older(), "ON_ORDER", expected);
        awaitPromise(waiting.newer(), "NOT_ON_ORDER", null);
        JsonPath older = promise(waiting.older());
        assertThat(older.getString("[0].poNumber")).isEqualTo(waiting.poNumber());
        assertThat(older.getInt("[0].quantityNeeded")).isEqualTo(3);
        try (TopicProbe probe = TopicProbe.reading(PurchasingFixture.kafka(), List.of(Topics.PURCHASING_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> waiting.sku().equals(r.key())
                    && "PromisedDateChanged".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))
                    && r.value().contains("\"orderNumber\":\"" + waiting.older() + "\"")
                    && r.value().contains("\"promisedDate\":\"" + expected + "\"")), PATIENCE);
        }
    }

    @Test
    void received_units_make_the_oldest_line_in_stock_and_a_fill_ends_its_promise() {
        Waiting waiting = twoOrdersWaiting();
        send(waiting.poNumber());
        awaitPromise(waiting.newer(), "ON_ORDER", LocalDate.now(ZoneOffset.UTC).plusDays(5));

        inventory(waiting.sku(), new StockReceived(waiting.sku(), unique("R"), 3, waiting.poNumber(), 3));

        awaitPromise(waiting.older(), "IN_STOCK", null);
        awaitPromise(waiting.newer(), "ON_ORDER", LocalDate.now(ZoneOffset.UTC).plusDays(5));

        inventory(waiting.sku(), new BackorderFilled(waiting.sku(), waiting.older(), 1, 3, 0, "fill-1", true, null, false, null));

        Awaitility.await().atMost(PATIENCE).until(() -> promise(waiting.older()).getList("$").isEmpty());
        awaitPromise(waiting.newer(), "ON_ORDER", LocalDate.now(ZoneOffset.UTC).plusDays(5));
    }

    @Test
    void cancelling_the_purchase_order_leaves_its_lines_not_on_order() {
        Waiting waiting = twoOrdersWaiting();
        send(waiting.poNumber());
        awaitPromise(waiting.older(), "ON_ORDER", LocalDate.now(ZoneOffset.UTC).plusDays(5));

        given().post("/api/purchase-orders/" + waiting.poNumber() + "/cancel").then().statusCode(200);

        awaitPromise(waiting.older(), "NOT_ON_ORDER", null);
        awaitPromise(waiting.newer(), "NOT_ON_ORDER", null);
    }

    @Test
    void a_late_purchase_order_moves_the_promise_past_its_expected_date_and_says_it_is_late() {
        Waiting waiting = twoOrdersWaiting();
        send(waiting.poNumber());
        LocalDate expected = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        awaitPromise(waiting.older(), "ON_ORDER", expected);

        assertThat(lateChecks.checkAsOf(expected.plusDays(1))).isPositive();

        awaitPromise(waiting.older(), "ON_ORDER", expected.plusDays(1));
        assertThat(promise(waiting.older()).getBoolean("[0].late")).isTrue();
        given().get("/api/purchase-orders/" + waiting.poNumber()).then()
                .body("late", org.hamcrest.Matchers.equalTo(true));
        try (TopicProbe probe = TopicProbe.reading(PurchasingFixture.kafka(), List.of(Topics.PURCHASING_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> waiting.poNumber().equals(r.key())
                    && "PurchaseOrderLate".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), PATIENCE);
        }
    }

    @Test
    void promised_dates_are_asked_for_by_order_or_by_sku() {
        given().get("/api/promised-dates").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/promised-dates?sku=NEVER-HEARD-OF").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void an_order_heard_of_after_its_backorder_takes_its_place_in_the_queue_by_when_it_was_placed() {
        String supplier = newSupplier(5);
        String sku = buyableItem("PROMISE", supplier, "1.00", 1, 1, 0);
        String newer = waitingOrder(sku, 2, Instant.now().minus(Duration.ofHours(1)));
        // orders.events has not told purchasing of the older order yet: its backorder's time stands in
        String older = orderNumber();
        inventory(sku, new LineBackordered(sku, older, 1, 3, BackorderReason.OUT_OF_STOCK, true));
        awaitBackordered(sku, 5);
        String poNumber = onlyOrder(generate(supplier, 30));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 3 }")
                .put("/api/purchase-orders/" + poNumber + "/lines/" + sku).then().statusCode(200);
        send(poNumber);
        LocalDate expected = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        awaitPromise(newer, "ON_ORDER", expected);
        awaitPromise(older, "NOT_ON_ORDER", null);

        placed(older, Instant.now().minus(Duration.ofHours(2)));

        awaitPromise(older, "ON_ORDER", expected);
        awaitPromise(newer, "NOT_ON_ORDER", null);
    }

    private static Waiting twoOrdersWaiting() {
        String supplier = newSupplier(5);
        String sku = buyableItem("PROMISE", supplier, "1.00", 1, 1, 0);
        Instant earlier = Instant.now().minus(Duration.ofHours(2));
        Instant later = Instant.now().minus(Duration.ofHours(1));
        // The newer order is published first: the queue goes by placement, not by arrival.
        String newer = waitingOrder(sku, 2, later);
        String older = waitingOrder(sku, 3, earlier);
        awaitBackordered(sku, 5);
        awaitPlacements(sku, List.of(earlier, later));
        return new Waiting(sku, older, newer, onlyOrder(generate(supplier, 30)));
    }

    private static JsonPath promise(String orderNumber) {
        return given().get("/api/promised-dates?orderNumber=" + orderNumber).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitPromise(String orderNumber, String status, LocalDate date) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath promise = promise(orderNumber);
            assertThat(promise.getString("[0].status")).as("order %s", orderNumber).isEqualTo(status);
            assertThat(promise.getString("[0].promisedDate")).as("order %s", orderNumber)
                    .isEqualTo(date == null ? null : date.toString());
        });
    }
}
