package io.backorder.purchasing;

import static io.restassured.RestAssured.given;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * What inventory-service and order-service would publish, the suppliers a test buys from, and how a test waits for
 * purchasing to have heard: for purchasing's tests. Every test names its own skus, orders and suppliers.
 */
public final class PurchasingFixture {

    private static final AtomicInteger ORDER_NUMBERS = new AtomicInteger(7000);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PurchasingFixture() {
    }

    public static String orderNumber() {
        return Integer.toString(ORDER_NUMBERS.incrementAndGet());
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String kafka() {
        return TestKafka.get().bootstrapServers();
    }

    /** An event of a sku's stream on inventory.events, as inventory-service publishes it. */
    public static void inventory(String sku, EventData data) {
        publish(Topics.INVENTORY_EVENTS, sku, data);
    }

    /** An order placed at {@code placedAt}, as order-service publishes it (only its placement counts here). */
    public static void placed(String orderNumber, Instant placedAt) {
        publish(Topics.ORDERS_EVENTS, orderNumber, new OrderImported(orderNumber, "WEB-" + orderNumber, "web",
                "import-test", new OrderImported.Customer("C-1", "Ada Byron", "ada@example.com"), placedAt,
                BigDecimal.ZERO, List.of(), null));
    }

    public static void trackedItem(String sku) {
        inventory(sku, new ItemDefined(sku, "test item", true, false));
    }

    /** An order placed at {@code placedAt} waits for {@code quantity} units of a sku on its line 1. */
    public static String waitingOrder(String sku, int quantity, Instant placedAt) {
        String order = orderNumber();
        placed(order, placedAt);
        inventory(sku, new LineBackordered(sku, order, 1, quantity, BackorderReason.OUT_OF_STOCK, true));
        return order;
    }

    private static void publish(String topic, String key, EventData data) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID().toString(), key, 1, Instant.now(),
                UUID.randomUUID().toString(), null, data);
        TopicProbe.send(kafka(), topic, key, ContractJson.writeEnvelope(envelope),
                Map.of(EventHeaders.EVENT_ID, envelope.eventId(), EventHeaders.EVENT_TYPE, envelope.type()));
    }

    /** Waits until purchasing's demand view counts {@code backordered} units waiting for the sku. */
    public static void awaitBackordered(String sku, int backordered) {
        Awaitility.await().atMost(PATIENCE).until(() -> demand(sku).map(d -> d.getInt("backordered") == backordered)
                .orElse(false));
    }

    /** Waits until purchasing knows when the sku's waiting lines were placed (orders.events is another topic). */
    public static void awaitPlacements(String sku, List<Instant> placedAt) {
        // PostgreSQL keeps microseconds, the clock may give nanoseconds: compare to the millisecond.
        List<Instant> wanted = placedAt.stream().map(at -> at.truncatedTo(ChronoUnit.MILLIS)).toList();
        Awaitility.await().atMost(PATIENCE).until(() -> demand(sku)
                .map(d -> d.getList("waitingLines.placedAt", String.class).stream()
                        .map(at -> Instant.parse(at).truncatedTo(ChronoUnit.MILLIS)).toList())
                .map(seen -> seen.containsAll(wanted)).orElse(false));
    }

    /** Waits until purchasing's demand view of the sku satisfies the condition. */
    public static void awaitDemand(String sku, java.util.function.Predicate<JsonPath> condition) {
        Awaitility.await().atMost(PATIENCE).until(() -> demand(sku).map(condition::test).orElse(false));
    }

    public static java.util.Optional<JsonPath> demand(String sku) {
        var response = given().get("/api/demand/" + sku);
        return response.statusCode() == 200 ? java.util.Optional.of(response.jsonPath()) : java.util.Optional.empty();
    }

    /** A new supplier of its own for a test. */
    public static String newSupplier(int leadTimeDays) {
        String supplierId = unique("SUP");
        supplier(supplierId, leadTimeDays);
        return supplierId;
    }

    /** A new tracked item that inventory defined and the supplier sells on these terms. */
    public static String buyableItem(String prefix, String supplierId, String unitCost, int minimum, int lot,
                                     int reorderPoint) {
        String sku = unique(prefix);
        trackedItem(sku);
        supplierItem(sku, supplierId, unitCost, minimum, lot, reorderPoint);
        return sku;
    }

    public static void supplier(String supplierId, int leadTimeDays) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Supplier " + supplierId, "email", "orders@example.com", "leadTimeDays",
                        leadTimeDays))
                .put("/api/suppliers/" + supplierId).then().statusCode(201);
    }

    public static void supplierItem(String sku, String supplierId, String unitCost, int minimum, int lot,
                                    int reorderPoint) {
        given().contentType(ContentType.JSON)
                .body(Map.of("supplierId", supplierId, "unitCost", unitCost, "minimumQuantity", minimum, "lotSize", lot,
                        "reorderPoint", reorderPoint))
                .put("/api/supplier-items/" + sku).then().statusCode(201);
    }

    /** Generates for one supplier and answers the response. */
    public static JsonPath generate(String supplierId, Integer days) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("supplierId", supplierId);
        if (days != null) {
            body.put("includeBackordersDays", days);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/purchase-orders/generate")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The one purchase order a generation made for the supplier. */
    public static String onlyOrder(JsonPath generation) {
        List<String> numbers = generation.getList("purchaseOrders.poNumber", String.class);
        if (numbers.size() != 1) {
            throw new AssertionError("expected one purchase order, got " + generation.prettify());
        }
        return numbers.get(0);
    }

    public static JsonPath order(String poNumber) {
        return given().get("/api/purchase-orders/" + poNumber).then().statusCode(200).extract().jsonPath();
    }

    public static void send(String poNumber) {
        given().contentType(ContentType.JSON).body("{}").post("/api/purchase-orders/" + poNumber + "/send")
                .then().statusCode(200);
    }
}
