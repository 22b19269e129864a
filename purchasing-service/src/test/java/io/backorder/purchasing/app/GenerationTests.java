package io.backorder.purchasing.app;

import static io.backorder.purchasing.PurchasingFixture.awaitBackordered;
import static io.backorder.purchasing.PurchasingFixture.buyableItem;
import static io.backorder.purchasing.PurchasingFixture.newSupplier;
import static io.backorder.purchasing.PurchasingFixture.awaitPlacements;
import static io.backorder.purchasing.PurchasingFixture.generate;
import static io.backorder.purchasing.PurchasingFixture.inventory;
import static io.backorder.purchasing.PurchasingFixture.onlyOrder;
import static io.backorder.purchasing.PurchasingFixture.supplierItem;
import static io.backorder.purchasing.PurchasingFixture.trackedItem;
import static io.backorder.purchasing.PurchasingFixture.unique;
import static io.backorder.purchasing.PurchasingFixture.waitingOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.purchasing.PurchasingFixture;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GenerationTests {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void lines_placed_within_the_look_back_window_count_and_lines_placed_before_it_do_not() {
        String supplier = newSupplier(7);
        String sku = buyableItem("WINDOW", supplier, "2.50", 1, 1, 0);
        Instant now = Instant.now();
        Instant justInside = now.minus(DAY.multipliedBy(30)).plus(Duration.ofMinutes(10));
        Instant justOutside = now.minus(DAY.multipliedBy(30)).minus(Duration.ofMinutes(10));
        waitingOrder(sku, 3, justInside);
        waitingOrder(sku, 5, justOutside);
        awaitPlacements(sku, List.of(justInside, justOutside));

        JsonPath generation = generate(supplier, 30);

        assertThat(generation.getInt("includeBackordersDays")).isEqualTo(30);
        assertThat(generation.getInt("purchaseOrders[0].lines.find { it.sku == '" + sku + "' }.quantity")).isEqualTo(3);
        assertThat(generation.getInt("purchaseOrders[0].lines[0].basis.backorderedInWindow")).isEqualTo(3);
    }

    @Test
    void without_a_window_the_include_backorders_default_days_parameter_says_how_far_back() {
        String supplier = newSupplier(7);
        String sku = buyableItem("DEFAULT", supplier, "2.50", 1, 1, 0);
        Instant twentyDaysAgo = Instant.now().minus(DAY.multipliedBy(20));
        Instant yesterday = Instant.now().minus(DAY);
        waitingOrder(sku, 4, twentyDaysAgo);
        waitingOrder(sku, 1, yesterday);
        awaitPlacements(sku, List.of(twentyDaysAgo, yesterday));
        setParameter("IncludeBackordersDefaultDays", 10);
        try {
            JsonPath generation = generate(supplier, null);

            assertThat(generation.getInt("includeBackordersDays")).isEqualTo(10);
            assertThat(generation.getInt("purchaseOrders[0].lines[0].quantity")).isEqualTo(1);
        } finally {
            setParameter("IncludeBackordersDefaultDays", 30);
        }
    }

    @Test
    void minimum_lot_size_and_reorder_point_shape_the_quantity_and_the_order_is_published() {
        String supplier = newSupplier(7);
        String sku = buyableItem("LOTS", supplier, "7.40", 5, 6, 4);
        inventory(sku, new StockAdjusted(sku, 1, "initial quantity", 1));
        waitingOrder(sku, 2, Instant.now());
        awaitBackordered(sku, 2);
        PurchasingFixture.awaitDemand(sku, demand -> demand.getInt("onHand") == 1);

        JsonPath generation = generate(supplier, 30);

        String poNumber = onlyOrder(generation);
        // 2 waiting + reorder point 4 − 1 available = 5; minimum 5; lots of 6: 6
        assertThat(generation.getInt("purchaseOrders[0].lines[0].quantity")).isEqualTo(6);
        given().get("/api/purchase-orders/" + poNumber).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"))
                .body("lines[0].unitCost", org.hamcrest.Matchers.equalTo("7.40"))
                .body("total", org.hamcrest.Matchers.equalTo("44.40"));
        try (TopicProbe probe = TopicProbe.reading(PurchasingFixture.kafka(), List.of(Topics.PURCHASING_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> poNumber.equals(r.key())
                    && "PurchaseOrderCreated".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))
                    && r.value().contains("\"quantity\":6")), Duration.ofSeconds(30));
        }
    }

    @Test
    void discontinued_untracked_and_supplierless_items_are_not_ordered_and_the_answer_says_why() {
        String supplier = newSupplier(7);
        String discontinued = unique("GONE");
        String untracked = unique("ALWAYS");
        String orphan = unique("ORPHAN");
        trackedItem(discontinued);
        waitingOrder(discontinued, 2, Instant.now());
        inventory(discontinued, new ItemChanged(discontinued, "test item", true, true));
        inventory(untracked, new ItemDefined(untracked, "untracked", false, false));
        trackedItem(orphan);
        waitingOrder(orphan, 3, Instant.now());
        supplierItem(discontinued, supplier, "1.00", 1, 1, 0);
        supplierItem(untracked, supplier, "1.00", 1, 1, 2);
        awaitBackordered(orphan, 3);
        PurchasingFixture.awaitDemand(discontinued, demand -> demand.getBoolean("discontinued"));
        PurchasingFixture.awaitDemand(untracked, demand -> !demand.getBoolean("tracked"));

        JsonPath generation = generate(supplier, 30);

        assertThat(generation.getList("purchaseOrders")).isEmpty();
        assertThat(reason(generation, discontinued)).isEqualTo("DISCONTINUED");
        assertThat(reason(generation, untracked)).isEqualTo("UNTRACKED");
        assertThat(reason(generation, orphan)).isEqualTo("NO_SUPPLIER");
        assertThat(generation.getInt("skipped.find { it.sku == '" + orphan + "' }.unitsNeeded")).isEqualTo(3);
    }

    @Test
    void generating_twice_in_a_row_orders_nothing_the_second_time() {
        String supplier = newSupplier(7);
        String sku = buyableItem("TWICE", supplier, "1.00", 1, 10, 0);
        waitingOrder(sku, 3, Instant.now());
        awaitBackordered(sku, 3);

        onlyOrder(generate(supplier, 30));
        JsonPath second = generate(supplier, 30);

        assertThat(second.getList("purchaseOrders")).isEmpty();
        assertThat(reason(second, sku)).isEqualTo("ALREADY_ON_ORDER");
        assertThat(PurchasingFixture.demand(sku).orElseThrow().getInt("onOrder")).isEqualTo(10);
    }

    @Test
    void generations_at_the_same_moment_never_order_the_same_units() throws Exception {
        String supplier = newSupplier(7);
        String sku = buyableItem("RACE", supplier, "1.00", 1, 1, 0);
        waitingOrder(sku, 7, Instant.now());
        awaitBackordered(sku, 7);
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<JsonPath> generations = new ArrayList<>();
        try {
            List<Future<JsonPath>> running = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                running.add(pool.submit(() -> {
                    start.await();
                    return generate(supplier, 30);
                }));
            }
            start.countDown();
            for (Future<JsonPath> generation : running) {
                generations.add(generation.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(generations.stream().filter(g -> !g.getList("purchaseOrders").isEmpty())).hasSize(1);
        List<Integer> ordered = given().get("/api/purchase-orders?supplierId=" + supplier).then().statusCode(200)
                .extract().jsonPath().getList("lines.flatten().findAll { it.sku == '" + sku + "' }.quantity");
        assertThat(ordered).containsExactly(7);
    }

    @Test
    void generating_for_an_unknown_supplier_or_an_impossible_window_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("supplierId", "NO-SUCH-SUPPLIER"))
                .post("/api/purchase-orders/generate")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("supplierId"));
        given().contentType(ContentType.JSON).body(Map.of("includeBackordersDays", 0))
                .post("/api/purchase-orders/generate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("includeBackordersDays"));
    }

    private static String reason(JsonPath generation, String sku) {
        return generation.getString("skipped.find { it.sku == '" + sku + "' }.reason");
    }

    private static void setParameter(String name, Object value) {
        given().contentType(ContentType.JSON).body(Map.of("value", value)).put("/api/parameters/" + name)
                .then().statusCode(200);
    }
}
