package io.backorder.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many orders race for the last units of one sku while two instances of inventory-service consume
 * orders.events in one consumer group: no unit is promised twice, and none is lost.
 */
class TwoInventoryInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int ON_HAND = 10;
    private static final int ORDERS = 40;
    private static LocalStack stack;
    private static String secondInventory;

    @BeforeAll
    static void startTheStackWithASecondInventory() throws Exception {
        Path repo = Path.of(System.getProperty("backorder.repo.root", "../..")).toAbsolutePath().normalize();
        Path runDir = Files.createTempDirectory(Path.of("target"), "it-run-").toAbsolutePath();
        StackOptions options = new StackOptions(repo, runDir, LocalStackIT.freePortOffset(), false, null);
        stack = LocalStack.start(options, new PrintStream(Files.newOutputStream(runDir.resolve("stack.out")), true));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        secondInventory = stack.startExtraInstance("inventory-service", port);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void orders_racing_for_the_last_units_never_get_more_than_is_on_hand() throws Exception {
        send("PUT", stack.serviceUrl("inventory-service") + "/api/items/HOT", """
                { "description": "Hot seller", "tracked": true, "discontinued": false, "initialQuantityOnHand": %d }"""
                .formatted(ON_HAND));
        ExecutorService storefronts = Executors.newFixedThreadPool(8);
        List<Future<String>> placed = new ArrayList<>();
        int unitsOrdered = 0;
        for (int i = 0; i < ORDERS; i++) {
            int quantity = 1 + i % 3;
            unitsOrdered += quantity;
            String body = """
                    { "storefrontOrderId": "RACE-%d", "storefront": "web", "customer": { "id": "C-%d" },
                      "placedAt": "2026-11-27T10:00:00Z",
                      "lines": [ { "sku": "HOT", "quantity": %d, "unitPrice": "5.00" } ] }""".formatted(i, i, quantity);
            placed.add(storefronts.submit(() -> JSON.readTree(send("POST", stack.serviceUrl("order-service")
                    + "/api/orders", body)).get("orderNumber").asText()));
        }
        List<String> orderNumbers = new ArrayList<>();
        for (Future<String> order : placed) {
            orderNumbers.add(order.get());
        }
        storefronts.shutdown();
        int totalOrdered = unitsOrdered;

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode item = JSON.readTree(send("GET", secondInventory + "/api/items/HOT", null));
            assertThat(item.get("allocated").asInt() + item.get("backordered").asInt()).isEqualTo(totalOrdered);
        });

        JsonNode item = JSON.readTree(send("GET", stack.serviceUrl("inventory-service") + "/api/items/HOT", null));
        assertThat(item.get("onHand").asInt()).isEqualTo(ON_HAND);
        assertThat(item.get("allocated").asInt()).isEqualTo(ON_HAND);
        assertThat(item.get("available").asInt()).isZero();
        int allocatedToOrders = 0;
        for (String orderNumber : orderNumbers) {
            JsonNode line = JSON.readTree(send("GET", stack.serviceUrl("inventory-service") + "/api/orders/"
                    + orderNumber + "/allocation", null)).get("lines").get(0);
            allocatedToOrders += line.get("allocated").asInt();
        }
        assertThat(allocatedToOrders).isEqualTo(ON_HAND);
        assertThat(handledOrderEvents(secondInventory)).as("the second instance took part").isPositive();
    }

    /** What the instance's metrics say its orders.events consumer handled. */
    private static double handledOrderEvents(String instance) throws Exception {
        return send("GET", instance + "/q/metrics", null).lines()
                .filter(line -> line.startsWith("backorder_inbox_handled_total{")
                        && line.contains("consumer=\"inventory-service.orders-events\""))
                // the value follows the tags; an exemplar (# {trace_id=…} …) may come after it
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf('}') + 1).trim().split("\\s+")[0]))
                .sum();
    }

    private static String send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = ApiCredentials.signed(HttpRequest.newBuilder(URI.create(url))).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + url + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }
}
