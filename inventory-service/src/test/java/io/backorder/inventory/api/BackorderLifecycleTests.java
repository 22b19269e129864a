package io.backorder.inventory.api;

import static io.backorder.inventory.OrderEventsFixture.awaitAllocation;
import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.orderEvent;
import static io.backorder.inventory.OrderEventsFixture.publish;
import static io.backorder.inventory.OrderEventsFixture.setParameter;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TestUsers;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BackorderLifecycleTests {

    /** The seed example: SKU123 with 5 on hand, SKU999 with none, orders A, B and C imported in that order. */
    private record Seed(String widgets, String gizmos, String a, String b, String c) {
    }

    private static Seed seed() {
        String widgets = sku("SKU123");
        String gizmos = sku("SKU999");
        defineItem(widgets, 5);
        defineItem(gizmos, 0);
        Seed seed = new Seed(widgets, gizmos, number(), number(), number());
        publish(imported(seed.a(), List.of(line(1, widgets, 4), line(2, gizmos, 1))));
        awaitAllocation(seed.a(), 1, 4, 0);
        publish(imported(seed.b(), List.of(line(1, widgets, 2))));
        awaitAllocation(seed.b(), 1, 1, 1);
        publish(imported(seed.c(), List.of(line(1, widgets, 2))));
        awaitAllocation(seed.c(), 1, 0, 2);
        return seed;
    }

    @Test
    void forcing_a_backorder_frees_units_for_the_next_order_and_a_fill_serves_b_and_c_in_full() {
        Seed seed = seed();

        given().contentType(ContentType.JSON).body("{ \"quantity\": 4 }")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder")
                .then().statusCode(200).body("allocated", equalTo(0)).body("needed", equalTo(4));
        JsonPath fill = given().contentType(ContentType.JSON)
                .body(Map.of("skus", List.of(seed.widgets(), seed.gizmos())))
                .post("/api/backorder-fills").then().statusCode(200).extract().jsonPath();

        assertThat(fill.getInt("lines.find { it.orderNumber == '" + seed.b() + "' }.filled")).isEqualTo(1);
        assertThat(fill.getInt("lines.find { it.orderNumber == '" + seed.c() + "' }.filled")).isEqualTo(2);
        assertThat(fill.getInt("lines.find { it.orderNumber == '" + seed.a() + "' && it.lineNo == 1 }.stillNeeded")).isEqualTo(3);
        assertThat(fill.getMap("totals")).as("the full answer has the totals too").containsEntry("linesLookedAt", 4)
                .containsEntry("linesFilled", 3).containsEntry("unitsFilled", 4).containsEntry("unitsStillNeeded", 4);
        awaitAllocation(seed.b(), 1, 2, 0);
        awaitAllocation(seed.c(), 1, 2, 0);
        awaitAllocation(seed.a(), 2, 0, 1);
        given().get("/api/items/" + seed.widgets()).then().body("allocated", equalTo(5)).body("available", equalTo(0));
    }

    @Test
    void a_fill_carries_the_operator_s_capture_choice_to_order_service_and_leaves_it_open_when_not_asked() {
        Seed seed = seed();
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("orderNumbers", List.of(seed.c()), "capture", true))
                .post("/api/backorder-fills").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("orderNumbers", List.of(seed.b())))
                .post("/api/backorder-fills").then().statusCode(200);

        try (TopicProbe events = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.INVENTORY_EVENTS))) {
            Map<String, BackorderFilled> fills = new HashMap<>();
            events.awaitUntil(seen -> {
                seen.stream().map(r -> ContractJson.dataOf(ContractJson.readEnvelope(r.value())))
                        .filter(BackorderFilled.class::isInstance).map(BackorderFilled.class::cast)
                        .forEach(filled -> fills.put(filled.orderNumber(), filled));
                return fills.containsKey(seed.c()) && fills.containsKey(seed.b());
            }, Duration.ofSeconds(30));
            assertThat(fills.get(seed.c()).capture()).as("asked for capture").isTrue();
            assertThat(fills.get(seed.b()).capture()).as("not asked: order-service's parameter decides").isNull();
        }
    }

    @Test
    void the_force_and_the_fill_record_the_signed_in_operator_and_what_events_decided_records_no_one() {
        Seed seed = seed();
        TestUsers.as(TestUsers.OPERATOR).header("X-Operator", "someone-else").contentType(ContentType.JSON)
                .body("{}").post("/api/orders/" + seed.a() + "/lines/1/force-backorder").then().statusCode(200);
        TestUsers.as(TestUsers.OPERATOR).contentType(ContentType.JSON).body(Map.of("orderNumbers", List.of(seed.b())))
                .post("/api/backorder-fills").then().statusCode(200);

        try (TopicProbe events = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.INVENTORY_EVENTS))) {
            Map<String, EventEnvelope> byTypeAndOrder = new HashMap<>();
            events.awaitUntil(seen -> {
                seen.stream().map(r -> ContractJson.readEnvelope(r.value()))
                        .filter(envelope -> envelope.data().hasNonNull("orderNumber"))
                        .forEach(envelope -> byTypeAndOrder.put(
                                envelope.type() + " " + envelope.data().get("orderNumber").asText(), envelope));
                return byTypeAndOrder.containsKey("BackorderFilled " + seed.b());
            }, Duration.ofSeconds(30));
            assertThat(byTypeAndOrder.get("AllocationReleased " + seed.a()).operator()).isEqualTo(TestUsers.OPERATOR);
            assertThat(byTypeAndOrder.get("BackorderFilled " + seed.b()).operator()).isEqualTo(TestUsers.OPERATOR);
            assertThat(byTypeAndOrder.get("StockAllocated " + seed.b()).operator())
                    .as("allocated because order-service's OrderImported said so").isNull();
        }
    }

    @Test
    void a_caller_that_prefers_the_minimal_answer_gets_the_fill_s_totals_without_its_lines() {
        Seed seed = seed();
        given().contentType(ContentType.JSON).body("{ \"quantity\": 4 }")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder").then().statusCode(200);

        given().contentType(ContentType.JSON).header("Prefer", "respond-async, Return = \"minimal\"; x=1")
                .body(Map.of("skus", List.of(seed.widgets(), seed.gizmos())))
                .post("/api/backorder-fills").then().statusCode(200)
                .header("Preference-Applied", "return=minimal")
                .body("fillId", startsWith("fill-"))
                .body("totals.linesLookedAt", equalTo(4)).body("totals.linesFilled", equalTo(3))
                .body("totals.unitsFilled", equalTo(4)).body("totals.unitsStillNeeded", equalTo(4))
                .body("$", not(hasKey("lines")));

        awaitAllocation(seed.b(), 1, 2, 0);
        awaitAllocation(seed.c(), 1, 2, 0);
        awaitAllocation(seed.a(), 1, 1, 3);
    }

    @Test
    void with_only_completable_orders_and_no_force_a_fill_leaves_a_s_units_and_fills_nothing() {
        Seed seed = seed();

        given().contentType(ContentType.JSON).body(Map.of("skus", List.of(seed.widgets()), "onlyCompletableOrders", true))
                .post("/api/backorder-fills").then().statusCode(200)
                .body("lines.findAll { it.filled > 0 }", hasSize(0));

        awaitAllocation(seed.a(), 1, 4, 0);
        awaitAllocation(seed.c(), 1, 0, 2);
    }

    @Test
    void forcing_more_than_a_line_holds_is_a_conflict_and_changes_nothing() {
        Seed seed = seed();

        given().contentType(ContentType.JSON).body("{ \"quantity\": 5 }")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"quantity\": 0 }")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/orders/999999/lines/1/force-backorder").then().statusCode(404);

        awaitAllocation(seed.a(), 1, 4, 0);
    }

    @Test
    void a_partial_force_and_a_partial_cancel_move_only_what_was_asked() {
        Seed seed = seed();

        given().contentType(ContentType.JSON).body("{ \"quantity\": 1 }")
                .post("/api/orders/" + seed.a() + "/lines/1/force-backorder")
                .then().statusCode(200).body("allocated", equalTo(3)).body("needed", equalTo(1));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 1 }")
                .post("/api/orders/" + seed.c() + "/lines/1/cancel-backorder")
                .then().statusCode(200).body("needed", equalTo(1));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 2 }")
                .post("/api/orders/" + seed.c() + "/lines/1/cancel-backorder")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").post("/api/orders/" + seed.c() + "/lines/1/cancel-backorder").then().statusCode(200).body("needed", equalTo(0));
    }

    @Test
    void cancelling_a_backorder_is_forbidden_while_the_merchant_switched_it_off() {
        Seed seed = seed();
        setParameter("AllowCancelBackorders", false);
        try {
            given().contentType(ContentType.JSON).body("{}").post("/api/orders/" + seed.c() + "/lines/1/cancel-backorder")
                    .then().statusCode(403).contentType("application/problem+json");
        } finally {
            setParameter("AllowCancelBackorders", true);
        }
        awaitAllocation(seed.c(), 1, 0, 2);
    }

    @Test
    void two_fills_racing_for_the_same_units_never_hand_out_more_than_is_available() throws Exception {
        String scarce = sku("SCARCE");
        defineItem(scarce, 0);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String order = number();
            orders.add(order);
            publish(imported(order, List.of(line(1, scarce, 1))));
        }
        for (String order : orders) {
            awaitAllocation(order, 1, 0, 1);
        }
        given().contentType(ContentType.JSON).body("{ \"delta\": 3, \"reason\": \"found in the back\" }")
                .post("/api/items/" + scarce + "/adjustments").then().statusCode(200);

        double unitsFilledBefore = metric("backorder_fill_units_total");
        ExecutorService operators = Executors.newFixedThreadPool(4);
        Callable<Integer> fill = () -> given().contentType(ContentType.JSON).body(Map.of("skus", List.of(scarce)))
                .post("/api/backorder-fills").then().statusCode(200).extract().jsonPath().getInt("lines.filled.sum()");
        List<Future<Integer>> results = operators.invokeAll(List.of(fill, fill, fill, fill));
        int handedOut = 0;
        for (Future<Integer> result : results) {
            handedOut += result.get();
        }
        operators.shutdown();

        assertThat(handedOut).isEqualTo(3);
        given().get("/api/items/" + scarce).then().body("allocated", equalTo(3)).body("available", equalTo(0))
                .body("backordered", equalTo(3));
        assertThat(metric("backorder_fill_units_total") - unitsFilledBefore)
                .as("units filled, counted once per committed fill whatever its retries").isEqualTo(3.0);
    }

    /**
     * A counter's value at /q/metrics; fails if it is not there. Prometheus text is {@code name{tags} value}, and may
     * go on with an exemplar ({@code # {trace_id=…} 1.0 <time>}) when the count was made inside a trace.
     */
    private static double metric(String name) {
        String line = given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not at /q/metrics"));
        String afterName = line.startsWith(name + "{") ? line.substring(line.indexOf('}') + 1)
                : line.substring(name.length());
        return Double.parseDouble(afterName.trim().split("\\s+")[0]);
    }

    @Test
    void without_auto_fill_a_receipt_leaves_the_waiting_lines_waiting_until_a_fill() {
        String sku = sku("NOAUTOFILL");
        defineItem(sku, 0);
        String order = number();
        publish(imported(order, List.of(line(1, sku, 2))));
        awaitAllocation(order, 1, 0, 2);

        given().contentType(ContentType.JSON)
                .body(Map.of("receiptId", "R-" + UUID.randomUUID(), "sku", sku, "quantity", 5))
                .post("/api/receipts").then().statusCode(201);

        awaitAllocation(order, 1, 0, 2);
        given().get("/api/items/" + sku).then().body("onHand", equalTo(5)).body("available", equalTo(5));
        given().contentType(ContentType.JSON).body(Map.of("orderNumbers", List.of(order)))
                .post("/api/backorder-fills").then().statusCode(200)
                .body("lines[0].filled", equalTo(2)).body("lines[0].stillNeeded", equalTo(0));
        awaitAllocation(order, 1, 2, 0);
    }

    @Test
    void an_invalid_fill_request_is_refused_naming_the_fields() {
        given().contentType(ContentType.JSON).body("{ \"orderNumbers\": [\"not-a-number\"], \"skus\": [\"bad sku\"] }")
                .post("/api/backorder-fills").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void with_auto_fill_on_receipt_a_receipt_serves_the_waiting_lines_of_its_sku() {
        String sku = sku("AUTOFILL");
        defineItem(sku, 0);
        String order = number();
        publish(imported(order, List.of(line(1, sku, 2))));
        awaitAllocation(order, 1, 0, 2);
        setParameter("AutoFillOnReceipt", true);
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("receiptId", "R-" + UUID.randomUUID(), "sku", sku, "quantity", 5))
                    .post("/api/receipts").then().statusCode(201);
        } finally {
            setParameter("AutoFillOnReceipt", false);
        }
        awaitAllocation(order, 1, 2, 0);
        given().get("/api/items/" + sku).then().body("onHand", equalTo(5)).body("available", equalTo(3));
    }

    @Test
    void a_shipment_racing_a_split_ships_only_the_original_s_own_units_and_the_split_keeps_those_filled_for_it() {
        String sku = sku("SPLIT");
        defineItem(sku, 1);
        String original = number();
        publish(imported(original, List.of(line(1, sku, 3))));
        awaitAllocation(original, 1, 1, 2);
        publish(orderEvent(original, 2, new OrderApproved(original, Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/orders/" + original + "/allocation").then().body("approved", equalTo(true)));
        receive(sku, 2);
        assertThat(fill(original).getInt("lines[0].filled")).isEqualTo(2);

        // Order-service asks to ship before it heard of the fill, from a page that counts all 3 units.
        String shipmentId = "ship-" + UUID.randomUUID();
        publish(orderEvent(original, 3, new ShipmentRequested(original, shipmentId, Instant.now(),
                List.of(new ShipmentRequested.Line(1, sku, 3)))));
        String split = number();
        publish(orderEvent(split, 1, new BackorderOrderCreated(split, original, java.math.BigDecimal.ZERO,
                List.of(new BackorderOrderCreated.Line(1, 1, sku, 2)))));

        awaitAllocation(split, 1, 2, 0);
        StockShipped shipped = (StockShipped) answer(shipmentId);
        assertThat(shipped.quantity()).isEqualTo(1);
        awaitAllocation(original, 1, 0, 0);
        given().get("/api/items/" + sku).then().body("onHand", equalTo(2)).body("allocated", equalTo(2));
    }

    @Test
    void a_cancelled_order_gives_its_units_back_and_stops_waiting() {
        Seed seed = seed();

        OrderCancelled cancelled = new OrderCancelled(seed.b(), "customer asked");
        publish(new EventEnvelope(UUID.randomUUID().toString(), "OrderCancelled", 1, seed.b(), 2, Instant.now(), null, null,
                ContractJson.toData(cancelled)));

        awaitAllocation(seed.b(), 1, 0, 0);
        given().get("/api/items/" + seed.widgets()).then().body("allocated", equalTo(4)).body("available", equalTo(1))
                .body("backordered", equalTo(2));
    }

    @Test
    void a_shipment_ships_what_each_line_holds_and_answers_a_line_holding_nothing_with_the_reason() {
        String widgets = sku("SHIP");
        String gizmos = sku("NONE");
        defineItem(widgets, 5);
        defineItem(gizmos, 0);
        String order = number();
        publish(imported(order, List.of(line(1, widgets, 4), line(2, gizmos, 1))));
        awaitAllocation(order, 2, 0, 1);

        String shipmentId = "ship-" + UUID.randomUUID();
        publish(orderEvent(order, 2, new ShipmentRequested(order, shipmentId, Instant.now(),
                List.of(new ShipmentRequested.Line(1, widgets, 4), new ShipmentRequested.Line(2, gizmos, 1)))));

        List<EventData> answers = answers(shipmentId, 2);
        assertThat(answers).containsExactlyInAnyOrder(
                new StockShipped(widgets, order, 1, 4, 1, shipmentId),
                new ShipmentLineRefused(gizmos, order, 2, shipmentId, 1,
                        "order " + order + " line 2 holds no units of " + gizmos + " to ship"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/items/" + widgets).then().body("onHand", equalTo(1)).body("allocated", equalTo(0)));
    }

    @Test
    void an_order_shipped_before_inventory_confirmed_shipments_still_takes_its_units_off_the_shelf() {
        String sku = sku("LEGACY");
        defineItem(sku, 5);
        String order = number();
        publish(imported(order, List.of(line(1, sku, 4))));
        awaitAllocation(order, 1, 4, 0);

        publish(orderEvent(order, 2, new OrderShipped(order, Instant.now(), List.of(new OrderShipped.Line(1, sku, 4)),
                null)));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/items/" + sku).then().body("onHand", equalTo(1)).body("allocated", equalTo(0)));
    }

    private static void receive(String sku, int quantity) {
        given().contentType(ContentType.JSON).body(Map.of("receiptId", "R-" + UUID.randomUUID(), "sku", sku,
                "quantity", quantity)).post("/api/receipts").then().statusCode(201);
    }

    private static JsonPath fill(String orderNumber) {
        return given().contentType(ContentType.JSON).body(Map.of("orderNumbers", List.of(orderNumber)))
                .post("/api/backorder-fills").then().statusCode(200).extract().jsonPath();
    }

    private static EventData answer(String shipmentId) {
        return answers(shipmentId, 1).get(0);
    }

    /** Inventory's answers to one shipment, read from inventory.events. */
    private static List<EventData> answers(String shipmentId, int expected) {
        try (TopicProbe events = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.INVENTORY_EVENTS))) {
            List<EventData> answers = new ArrayList<>();
            events.awaitUntil(seen -> {
                answers.clear();
                seen.stream().map(r -> ContractJson.dataOf(ContractJson.readEnvelope(r.value())))
                        .filter(data -> data instanceof StockShipped s && shipmentId.equals(s.shipmentId())
                                || data instanceof ShipmentLineRefused r && shipmentId.equals(r.shipmentId()))
                        .forEach(answers::add);
                return answers.size() >= expected;
            }, Duration.ofSeconds(30));
            return answers;
        }
    }
}
