package io.backorder.order.messaging;

import static io.backorder.order.InventoryEvents.publish;
import static io.backorder.order.InventoryEvents.setParameter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SplitTests {

    @Test
    void units_inventory_filled_for_an_approved_order_split_off_into_a_new_order_linked_both_ways() {
        String original = approvedOrderWaitingForOneGizmo();
        String fillId = "fill-" + UUID.randomUUID();

        publish(new BackorderFilled("SKU999", original, 2, 1, 0, fillId, true, null, true, null));

        String split = awaitSplit(original);
        JsonPath page = given().get("/api/orders/" + split).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("linkedOrders", String.class)).containsExactly(original);
        assertThat(page.getString("discountPercent")).as("not carried by default").isEqualTo("0");
        assertThat(page.getString("customer.name")).isEqualTo("Ada Byron");
        assertThat(page.getInt("lines[0].originalLineNo")).isEqualTo(2);
        assertThat(page.getString("lines[0].sku")).isEqualTo("SKU999");
        assertThat(page.getBoolean("status.approved")).as("complete by construction, approved as the fill asked").isTrue();
        assertThat(page.getList("notes", String.class).get(0)).contains(original);
        given().get("/api/orders/" + original).then().body("notes[0]", org.hamcrest.Matchers.containsString(split))
                .body("lines[1].splitOff", equalTo(1)).body("lines[1].allocated", equalTo(0))
                .body("lines[1].needed", equalTo(0));

        publish(new AllocationTransferred("SKU999", original, 2, split, 1, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get("/api/orders/" + split).then().body("lines[0].allocated", equalTo(1))
                    .body("status.complete", equalTo(true));
            given().get("/api/orders/" + original).then().body("lines[1].splitOff", equalTo(1))
                    .body("lines[1].allocated", equalTo(0)).body("status.complete", equalTo(true));
        });
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> split.equals(r.key())
                    && "BackorderOrderCreated".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30));
        }
    }

    @Test
    void the_split_order_keeps_the_discount_when_the_merchant_says_so_and_one_fill_makes_one_order() {
        String original = approvedOrder(3);
        setParameter("FillBackordersCarryDiscountPercent", true);
        try {
            String fillId = "fill-" + UUID.randomUUID();
            publish(new BackorderFilled("SKU999", original, 2, 1, 0, fillId, false, null, true, null));
            String split = awaitSplit(original);
            publish(new BackorderFilled("SKU123", original, 1, 1, 0, fillId, false, null, true, null));

            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().get("/api/orders/" + split).then().body("lines", hasSize(2))
                            .body("lines[1].sku", equalTo("SKU123")).body("lines[1].originalLineNo", equalTo(1)));
            given().get("/api/orders/" + split).then().body("discountPercent", equalTo("10"))
                    .body("status.approved", equalTo(false));
            given().get("/api/orders/" + original).then().body("linkedOrders", hasSize(1));
        } finally {
            setParameter("FillBackordersCarryDiscountPercent", false);
        }
    }

    @Test
    void units_filled_for_an_order_cancelled_since_its_approval_go_to_a_split_order_cancelled_at_once() {
        String original = approvedOrderWaitingForOneGizmo();
        given().contentType(ContentType.JSON).body("{}").post("/api/orders/" + original + "/cancel")
                .then().statusCode(200);

        publish(new BackorderFilled("SKU999", original, 2, 1, 0, "fill-" + UUID.randomUUID(), true, null, true, null));

        String split = awaitSplit(original);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + split).then().body("status.cancelled", equalTo(true))
                        .body("status.approved", equalTo(false)));
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> split.equals(r.key())
                    && "OrderCancelled".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))), Duration.ofSeconds(30));
        }
    }

    private static String awaitSplit(String original) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> linked = given().get("/api/orders/" + original).then().extract().jsonPath()
                    .getList("linkedOrders", String.class);
            return linked.isEmpty() ? null : linked.get(0);
        }, split -> split != null);
    }

    /** Order A of the seed example, approved with 4 of SKU123 allocated and 1 of SKU999 still needed. */
    private static String approvedOrderWaitingForOneGizmo() {
        return approvedOrder(4);
    }

    /** Order A of the seed example, approved with some of its 4 SKU123 allocated and its SKU999 still needed. */
    private static String approvedOrder(int widgetsAllocated) {
        String order = given().contentType(ContentType.JSON).body(SampleOrders.orderA(SampleOrders.uniqueId("WEB")))
                .post("/api/orders").then().statusCode(201).extract().path("orderNumber");
        publish(new StockAllocated("SKU123", order, 1, widgetsAllocated));
        if (widgetsAllocated < 4) {
            publish(new LineBackordered("SKU123", order, 1, 4 - widgetsAllocated, BackorderReason.OUT_OF_STOCK, true));
        }
        publish(new LineBackordered("SKU999", order, 2, 1, BackorderReason.OUT_OF_STOCK, true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + order).then().body("lines[1].needed", equalTo(1)));
        given().post("/api/orders/" + order + "/approve").then().statusCode(200).body("status.approved", equalTo(true));
        return order;
    }
}
