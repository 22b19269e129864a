package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.contracts.Topics;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole system as ./run.sh runs it: Kafka as its own process, PostgreSQL, the four packaged
 * services as their own processes, talking only through the broker.
 */
class LocalStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalStack stack;
    private static List<Long> pids;

    @BeforeAll
    static void startTheStack() throws Exception {
        Path repo = Path.of(System.getProperty("backorder.repo.root", "../..")).toAbsolutePath().normalize();
        Path runDir = Files.createTempDirectory(Path.of("target"), "it-run-").toAbsolutePath();
        StackOptions options = new StackOptions(repo, runDir, freePortOffset(), false, null);
        stack = LocalStack.start(options, new PrintStream(Files.newOutputStream(runDir.resolve("stack.out")), true));
        pids = stack.pids();
    }

    @AfterAll
    static void stoppingTheStackLeavesNoProcessBehind() {
        stack.close();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process " + pid).isEmpty();
        }
    }

    @Test
    void the_seed_example_loaded_as_the_demo_is_allocated_through_kafka() throws Exception {
        new DemoData(System.out).load(stack.serviceUrl("inventory-service"), stack.serviceUrl("order-service"),
                stack.serviceUrl("purchasing-service"));

        String a = orderNumberOf("WEB-10001");
        String b = orderNumberOf("WEB-10002");
        String c = orderNumberOf("WEB-10003");
        awaitLine(a, 1, 4, 0);
        awaitLine(a, 2, 0, 1);
        awaitLine(b, 1, 1, 1);
        awaitLine(c, 1, 0, 2);
        JsonNode item = get(stack.serviceUrl("inventory-service") + "/api/items/SKU123");
        assertThat(item.get("onHand").asInt()).isEqualTo(5);
        assertThat(item.get("allocated").asInt()).isEqualTo(5);
        assertThat(item.get("backordered").asInt()).isEqualTo(3);
        JsonNode backordered = get(stack.serviceUrl("order-service") + "/api/orders?backordered=true&size=500");
        assertThat(backordered.get("orders").findValuesAsText("orderNumber")).contains(a, b, c);
        JsonNode drafts = get(stack.serviceUrl("purchasing-service") + "/api/purchase-orders?supplierId=SUP-ACME");
        assertThat(drafts).as("the demo's purchase order").hasSize(1);
        assertThat(drafts.get(0).get("status").asText()).isEqualTo("DRAFT");
        // widgets: 3 waiting + reorder point 2 = 5, a lot of 5; gizmos: the 1 order A waits for
        assertThat(quantities(drafts.get(0))).isEqualTo(Map.of("SKU123", 5, "SKU999", 1));
    }

    @Test
    void purchasing_buys_what_orders_wait_for_promises_dates_and_two_partial_receipts_fill_the_waiting_orders()
            throws Exception {
        String inventory = stack.serviceUrl("inventory-service");
        String orders = stack.serviceUrl("order-service");
        String purchasing = stack.serviceUrl("purchasing-service");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String widgets = "BUY123-" + run;
        String gizmos = "BUY999-" + run;
        String supplier = "SUP-" + run;
        put(inventory + "/api/items/" + widgets, json(Map.of("description", "Blue widget", "tracked", true,
                "discontinued", false, "initialQuantityOnHand", 1)));
        put(inventory + "/api/items/" + gizmos, json(Map.of("description", "Red gizmo", "tracked", true,
                "discontinued", false, "initialQuantityOnHand", 0)));
        put(purchasing + "/api/suppliers/" + supplier, json(Map.of("name", "Acme " + run, "leadTimeDays", 5)));
        put(purchasing + "/api/supplier-items/" + widgets, json(Map.of("supplierId", supplier, "unitCost", "7.40",
                "minimumQuantity", 5, "lotSize", 5)));
        put(purchasing + "/api/supplier-items/" + gizmos, json(Map.of("supplierId", supplier, "unitCost", "12.00",
                "lotSize", 2)));

        // Orders backorder two items: A waits for 2 widgets and 1 gizmo, B (placed later) for 2 widgets.
        // Placed today: purchasing counts the backorders of the last 30 days.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String a = place(orders, "PA-" + run, today, "08:00", List.of(line(widgets, 3), line(gizmos, 1)));
        String b = place(orders, "PB-" + run, today, "08:05", List.of(line(widgets, 2)));
        awaitLine(a, 1, 1, 2);
        awaitLine(a, 2, 0, 1);
        awaitLine(b, 1, 0, 2);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(get(purchasing + "/api/demand/" + widgets).get("backordered").asInt()).isEqualTo(4);
            assertThat(get(purchasing + "/api/demand/" + gizmos).get("backordered").asInt()).isEqualTo(1);
        });

        // Purchase orders are generated for their supplier with the right quantities, then sent.
        JsonNode generated = post(purchasing + "/api/purchase-orders/generate", json(Map.of("supplierId", supplier)));
        assertThat(generated.get("purchaseOrders")).hasSize(1);
        String po = generated.at("/purchaseOrders/0/poNumber").asText();
        // widgets: 4 waiting, none available, raised to the minimum of 5; gizmos: 1 waiting, rounded to a lot of 2
        assertThat(quantities(generated.at("/purchaseOrders/0"))).isEqualTo(Map.of(widgets, 5, gizmos, 2));
        JsonNode sent = post(purchasing + "/api/purchase-orders/" + po + "/send", "{}");
        String expected = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();
        assertThat(sent.get("expectedDate").asText()).isEqualTo(expected);

        // The waiting lines show their promised dates (published as PromisedDateChanged on purchasing.events too).
        for (String order : List.of(a, b)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode promises = get(purchasing + "/api/promised-dates?orderNumber=" + order);
                assertThat(promises.findValuesAsText("status")).as("order %s", order).containsOnly("ON_ORDER");
                assertThat(promises.findValuesAsText("promisedDate")).as("order %s", order).containsOnly(expected);
            });
        }

        // The scanner receives them in two partial receipts: through purchasing's checked receiving, then on the topic.
        post(purchasing + "/api/purchase-orders/" + po + "/receipts",
                json(Map.of("receiptId", "R1-" + run, "sku", widgets, "quantity", 5)));
        awaitPurchaseOrder(purchasing, po, "PARTIALLY_RECEIVED");
        publish(Topics.WAREHOUSE_RECEIPTS, gizmos, json(Map.of("receiptId", "R2-" + run, "sku", gizmos, "quantity", 2,
                "poNumber", po, "scannerId", "dock-2")));
        awaitPurchaseOrder(purchasing, po, "RECEIVED");
        HttpResponse<String> afterClose = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(
                        URI.create(purchasing + "/api/purchase-orders/" + po + "/receipts")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(Map.of("receiptId", "R3-" + run, "sku", gizmos,
                        "quantity", 1)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterClose.statusCode()).as(afterClose.body()).isEqualTo(409);

        // A fill serves the waiting orders, and their lines wait for nothing any more.
        post(inventory + "/api/backorder-fills", json(Map.of("skus", List.of(widgets, gizmos))));
        awaitLine(a, 1, 3, 0);
        awaitLine(a, 2, 1, 0);
        awaitLine(b, 1, 2, 0);
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get(purchasing + "/api/promised-dates?sku=" + widgets)).isEmpty());
    }

    private static void awaitPurchaseOrder(String purchasing, String po, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(get(purchasing + "/api/purchase-orders/" + po).get("status").asText()).isEqualTo(status));
    }

    private static String json(Map<String, Object> body) throws Exception {
        return JSON.writeValueAsString(body);
    }

    /** sku → quantity of a purchase order's lines. */
    private static Map<String, Integer> quantities(JsonNode purchaseOrder) {
        Map<String, Integer> quantities = new java.util.HashMap<>();
        purchaseOrder.get("lines").forEach(l -> quantities.put(l.get("sku").asText(), l.get("quantity").asInt()));
        return quantities;
    }

    @Test
    void an_order_a_storefront_publishes_is_imported_by_order_service_and_allocated_by_inventory_service()
            throws Exception {
        String sku = "TOPIC-" + UUID.randomUUID().toString().substring(0, 6);
        put(stack.serviceUrl("inventory-service") + "/api/items/" + sku,
                "{ \"description\": \"via topic\", \"tracked\": true, \"discontinued\": false, \"initialQuantityOnHand\": 2 }");
        String storefrontOrderId = "WEB-" + UUID.randomUUID();
        String order = """
                { "storefrontOrderId": "%s", "storefront": "web", "customer": { "id": "C-9", "name": "Edsger" },
                  "placedAt": "2026-11-27T09:00:00Z", "lines": [ { "sku": "%s", "quantity": 3, "unitPrice": "9.99" } ] }
                """.formatted(storefrontOrderId, sku);

        publish(Topics.STOREFRONT_ORDERS, storefrontOrderId, order);
        publish(Topics.STOREFRONT_ORDERS, storefrontOrderId, order);

        String orderNumber = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> findOrderNumber(storefrontOrderId), number -> number != null);
        awaitLine(orderNumber, 1, 2, 1);
        JsonNode allocation = get(stack.serviceUrl("inventory-service") + "/api/orders/" + orderNumber + "/allocation");
        assertThat(allocation.get("lines").get(0).get("allocated").asInt()).isEqualTo(2);
        assertThat(get(stack.serviceUrl("inventory-service") + "/api/items/" + sku).get("allocated").asInt())
                .as("the repeated order was allocated once").isEqualTo(2);
    }

    @Test
    void the_seed_example_runs_its_whole_lifecycle_force_fill_capture_approve_and_ship() throws Exception {
        String inventory = stack.serviceUrl("inventory-service");
        String orders = stack.serviceUrl("order-service");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String widgets = "LIFE123-" + run;
        String gizmos = "LIFE999-" + run;
        put(inventory + "/api/items/" + widgets,
                "{ \"description\": \"Blue widget\", \"tracked\": true, \"discontinued\": false, \"initialQuantityOnHand\": 5 }");
        put(inventory + "/api/items/" + gizmos,
                "{ \"description\": \"Red gizmo\", \"tracked\": true, \"discontinued\": false, \"initialQuantityOnHand\": 0 }");
        put(orders + "/api/parameters/CaptureAtFillBackorders", "{ \"value\": true }");
        try {
            String a = place(orders, "A-" + run, "08:00", List.of(line(widgets, 4), line(gizmos, 1)));
            awaitLine(a, 1, 4, 0);
            String b = place(orders, "B-" + run, "08:05", List.of(line(widgets, 2)));
            awaitLine(b, 1, 1, 1);
            String c = place(orders, "C-" + run, "08:10", List.of(line(widgets, 2)));
            awaitLine(c, 1, 0, 2);

            post(inventory + "/api/orders/" + a + "/lines/1/force-backorder", "{ \"quantity\": 4 }");
            JsonNode fill = post(inventory + "/api/backorder-fills",
                    "{ \"skus\": [\"" + widgets + "\"], \"onlyCompletableOrders\": true, \"approveWhenComplete\": true }");
            assertThat(fill.get("lines").findValuesAsText("orderNumber")).contains(b, c);
            for (String served : List.of(b, c)) {
                Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    JsonNode order = get(orders + "/api/orders/" + served);
                    assertThat(order.at("/status/approved").asBoolean()).as("order %s approved", served).isTrue();
                    assertThat(order.at("/payment/captured").asBoolean()).as("order %s captured", served).isTrue();
                });
                JsonNode shipped = post(orders + "/api/orders/" + served + "/ship", "");
                assertThat(shipped.at("/lines/0/shipped").asInt()).isEqualTo(2);
            }

            awaitLine(a, 1, 0, 4);
            awaitLine(a, 2, 0, 1);
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode item = get(inventory + "/api/items/" + widgets);
                assertThat(item.get("onHand").asInt()).isEqualTo(1);
                assertThat(item.get("allocated").asInt()).isZero();
                assertThat(item.get("backordered").asInt()).isEqualTo(4);
            });
        } finally {
            put(orders + "/api/parameters/CaptureAtFillBackorders", "{ \"value\": false }");
        }
    }

    @Test
    void the_multi_order_processor_fills_through_inventory_then_captures_approves_and_ships() throws Exception {
        String inventory = stack.serviceUrl("inventory-service");
        String orders = stack.serviceUrl("order-service");
        String run = UUID.randomUUID().toString().substring(0, 6);
        String sku = "PROC-" + run;
        put(inventory + "/api/items/" + sku,
                "{ \"description\": \"Processed\", \"tracked\": true, \"discontinued\": false, \"initialQuantityOnHand\": 0 }");
        String x = place(orders, "X-" + run, "09:00", List.of(line(sku, 1)));
        String y = place(orders, "Y-" + run, "09:05", List.of(line(sku, 1)));
        awaitLine(x, 1, 0, 1);
        awaitLine(y, 1, 0, 1);
        post(inventory + "/api/receipts", "{ \"receiptId\": \"R-" + run + "\", \"sku\": \"" + sku + "\", \"quantity\": 2 }");

        JsonNode result = post(orders + "/api/order-processing", JSON.writeValueAsString(Map.of(
                "orderNumbers", List.of(x, y), "fillBackorders", true, "approve", true, "capture", true, "ship", true)));

        for (JsonNode order : result.get("orders")) {
            assertThat(order.get("skipped").isNull()).as(order.toString()).isTrue();
            assertThat(order.get("done").toString()).contains("filled 1 unit(s)", "payment captured and approved",
                    "shipped 1 unit(s)");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode item = get(inventory + "/api/items/" + sku);
            assertThat(item.get("onHand").asInt()).isZero();
            assertThat(item.get("allocated").asInt()).isZero();
            assertThat(item.get("backordered").asInt()).isZero();
        });
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity, "unitPrice", "25.00");
    }

    private static String place(String orders, String storefrontOrderId, String time, List<Map<String, Object>> lines)
            throws Exception {
        return place(orders, storefrontOrderId, LocalDate.parse("2026-11-27"), time, lines);
    }

    private static String place(String orders, String storefrontOrderId, LocalDate day, String time,
                                List<Map<String, Object>> lines) throws Exception {
        Map<String, Object> order = Map.of("storefrontOrderId", storefrontOrderId, "storefront", "web",
                "customer", Map.of("id", "C-" + storefrontOrderId, "name", "Seed"),
                "placedAt", day + "T" + time + ":00Z",
                "payment", Map.of("authorizationId", "AUTH-" + storefrontOrderId, "amount", "100.00"),
                "lines", lines);
        return post(orders + "/api/orders", JSON.writeValueAsString(order)).get("orderNumber").asText();
    }

    private static JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(URI.create(url)))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST " + url + ": " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }

    private static String orderNumberOf(String storefrontOrderId) throws Exception {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> findOrderNumber(storefrontOrderId),
                number -> number != null);
    }

    private static String findOrderNumber(String storefrontOrderId) throws Exception {
        for (JsonNode order : get(stack.serviceUrl("order-service") + "/api/orders?size=500").get("orders")) {
            if (order.get("storefrontOrderId").asText().equals(storefrontOrderId)) {
                return order.get("orderNumber").asText();
            }
        }
        return null;
    }

    private static void awaitLine(String orderNumber, int lineNo, int allocated, int needed) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode line = get(stack.serviceUrl("order-service") + "/api/orders/" + orderNumber).get("lines").get(lineNo - 1);
            assertThat(line.get("allocated").asInt()).as("order %s line %d allocated", orderNumber, lineNo).isEqualTo(allocated);
            assertThat(line.get("needed").asInt()).as("order %s line %d needed", orderNumber, lineNo).isEqualTo(needed);
        });
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(URI.create(url))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void put(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(ApiCredentials.signed(HttpRequest.newBuilder(URI.create(url)))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PUT " + url + ": " + response.body()).isBetween(200, 201);
    }

    private static void publish(String topic, String key, String value) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** An offset under which every port of the stack is free right now. */
    static int freePortOffset() {
        return StackOptions.freePortOffset();
    }
}
