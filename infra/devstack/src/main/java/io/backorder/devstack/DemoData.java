package io.backorder.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seed example of the business, loaded over the public HTTP API: two items (five blue widgets on hand, no red
 * gizmos) and three orders that want more widgets than there are, so that backorders appear; then the supplier who
 * sells both, how each is bought from it, and a purchase order generated for what the orders wait for (a draft, to
 * be sent). Loading it again changes nothing: items, suppliers and supplier items are PUT, orders are idempotent by
 * storefrontOrderId, and a second generation finds the units on order already.
 */
public final class DemoData {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    static final String ITEMS_PATH = "/api/items";
    static final String ORDERS_PATH = "/api/orders";
    static final String STOREFRONT = "web";
    static final String SUPPLIERS_PATH = "/api/suppliers";
    static final String SUPPLIER_ITEMS_PATH = "/api/supplier-items";
    static final String GENERATE_PATH = "/api/purchase-orders/generate";
    static final String DEMAND_PATH = "/api/demand";
    /** How long purchasing may take to hear of the orders' backorders (through Kafka) before the demo generates. */
    static final Duration PURCHASING_PATIENCE = Duration.ofSeconds(60);

    /** The demo's supplier, and how it sells each item: unit cost, minimum quantity, lot size, reorder point. */
    static final String SUPPLIER_ID = "SUP-ACME";
    static final String SUPPLIER_NAME = "Acme Supply";
    static final int SUPPLIER_LEAD_TIME_DAYS = 7;

    record SupplierItem(String sku, String unitCost, int minimumQuantity, int lotSize, int reorderPoint,
                        int backorderedByTheOrders) {
    }

    static final List<SupplierItem> SUPPLIER_ITEMS = List.of(
            new SupplierItem("SKU123", "7.40", 5, 5, 2, 3),
            new SupplierItem("SKU999", "12.00", 1, 1, 0, 1));

    /** One order line of the demo. */
    record Line(String sku, int quantity, String unitPrice) {
    }

    /** One demo order, placed at {@code placedAt} (UTC) today. */
    record DemoOrder(String storefrontOrderId, String customerId, String customerName, String email,
                     LocalTime placedAt, String authorizationId, String amount, List<Line> lines) {
    }

    static final List<DemoOrder> ORDERS = List.of(
            new DemoOrder("WEB-10001", "C-1", "Ada Byron", "ada@example.com", LocalTime.of(8, 0), "AUTH-1",
                    "140.00", List.of(new Line("SKU123", 4, "25.00"), new Line("SKU999", 1, "40.00"))),
            new DemoOrder("WEB-10002", "C-2", "Grace Hopper", "grace@example.com", LocalTime.of(8, 5), "AUTH-2",
                    "50.00", List.of(new Line("SKU123", 2, "25.00"))),
            new DemoOrder("WEB-10003", "C-3", "Alan Turing", "alan@example.com", LocalTime.of(8, 10), "AUTH-3",
                    "50.00", List.of(new Line("SKU123", 2, "25.00"))));

    private final HttpClient http;
    private final ObjectMapper json;
    private final PrintStream out;
    private final Set<String> missingEndpoints = new HashSet<>();

    /** Reports on {@code out}, with a client and mapper of its own. */
    public DemoData(PrintStream out) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), new ObjectMapper(), out);
    }

    public DemoData(HttpClient http, ObjectMapper json, PrintStream out) {
        this.http = http;
        this.json = json;
        this.out = out;
    }

    /**
     * Defines the items at {@code inventory}, places the orders at {@code orders}, dated {@code today}, then defines
     * the supplier and its items at {@code purchasing} and, once purchasing has heard of the backorders, generates a
     * purchase order for them.
     *
     * @throws StackStartException if a call answers anything but 2xx, or 404/405 (an endpoint not built yet,
     *                             reported as a warning)
     */
    public void load(URI inventory, URI orders, URI purchasing, LocalDate today) {
        defineItem(inventory, "SKU123", "Blue widget", 5);
        defineItem(inventory, "SKU999", "Red gizmo", 0);
        for (DemoOrder order : ORDERS) {
            placeOrder(orders, order, today);
        }
        defineSupplier(purchasing);
        for (SupplierItem item : SUPPLIER_ITEMS) {
            defineSupplierItem(purchasing, item);
        }
        if (awaitBackordersAtPurchasing(purchasing)) {
            generatePurchaseOrder(purchasing);
        } else {
            out.println("      demo: purchasing has not heard of the backorders within "
                    + PURCHASING_PATIENCE.toSeconds() + " s; generate later with POST " + GENERATE_PATH);
        }
    }

    /** {@link #load(URI, URI, URI, LocalDate)} dated today (UTC), given the services' base URLs as text. */
    public void load(String inventoryUrl, String orderUrl, String purchasingUrl) {
        load(URI.create(inventoryUrl), URI.create(orderUrl), URI.create(purchasingUrl), LocalDate.now(ZoneOffset.UTC));
    }

    static ObjectNode supplierBody(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("name", SUPPLIER_NAME);
        body.put("email", "orders@acme.example");
        body.put("leadTimeDays", SUPPLIER_LEAD_TIME_DAYS);
        return body;
    }

    static ObjectNode supplierItemBody(ObjectMapper json, SupplierItem item) {
        ObjectNode body = json.createObjectNode();
        body.put("supplierId", SUPPLIER_ID);
        body.put("unitCost", item.unitCost());
        body.put("minimumQuantity", item.minimumQuantity());
        body.put("lotSize", item.lotSize());
        body.put("reorderPoint", item.reorderPoint());
        return body;
    }

    private void defineSupplier(URI purchasing) {
        HttpResponse<String> response = send("PUT", SUPPLIERS_PATH,
                HttpRequest.newBuilder(purchasing.resolve(SUPPLIERS_PATH + "/" + SUPPLIER_ID))
                        .PUT(body(supplierBody(json))));
        if (response != null) {
            out.println("      demo: supplier " + SUPPLIER_ID + " (" + SUPPLIER_NAME + ", " + SUPPLIER_LEAD_TIME_DAYS
                    + " days lead time) " + (response.statusCode() == 201 ? "defined" : "already defined"));
        }
    }

    private void defineSupplierItem(URI purchasing, SupplierItem item) {
        HttpResponse<String> response = send("PUT", SUPPLIER_ITEMS_PATH,
                HttpRequest.newBuilder(purchasing.resolve(SUPPLIER_ITEMS_PATH + "/" + item.sku()))
                        .PUT(body(supplierItemBody(json, item))));
        if (response != null) {
            out.println("      demo: " + item.sku() + " bought from " + SUPPLIER_ID + " at " + item.unitCost()
                    + " (minimum " + item.minimumQuantity() + ", lots of " + item.lotSize() + ", reorder point "
                    + item.reorderPoint() + ") " + (response.statusCode() == 201 ? "defined" : "already defined"));
        }
    }

    /** Purchasing hears of backorders through Kafka, a moment after the orders were placed: polls until it has. */
    private boolean awaitBackordersAtPurchasing(URI purchasing) {
        long deadline = System.nanoTime() + PURCHASING_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (SUPPLIER_ITEMS.stream().allMatch(item -> backorderedAtPurchasing(purchasing, item.sku())
                    >= item.backorderedByTheOrders())) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackStartException("demo: interrupted while waiting for purchasing", e);
            }
        }
        return false;
    }

    private int backorderedAtPurchasing(URI purchasing, String sku) {
        try {
            HttpRequest request = HttpRequest.newBuilder(purchasing.resolve(DEMAND_PATH + "/" + sku))
                    .header("Accept", "application/json").header("Authorization", ApiCredentials.authorization())
                    .timeout(REQUEST_TIMEOUT).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()).path("backordered").asInt() : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("demo: interrupted while asking purchasing for " + sku, e);
        }
    }

    private void generatePurchaseOrder(URI purchasing) {
        ObjectNode request = json.createObjectNode().put("supplierId", SUPPLIER_ID);
        HttpResponse<String> response = send("POST", GENERATE_PATH,
                HttpRequest.newBuilder(purchasing.resolve(GENERATE_PATH)).POST(body(request)));
        if (response == null) {
            return;
        }
        try {
            JsonNode made = json.readTree(response.body()).path("purchaseOrders");
            if (made.isEmpty()) {
                out.println("      demo: no new purchase order (what the orders wait for is on order already)");
            }
            for (JsonNode order : made) {
                List<String> lines = new ArrayList<>();
                order.path("lines").forEach(line -> lines.add(line.path("quantity").asInt() + " of "
                        + line.path("sku").asText()));
                out.println("      demo: purchase order " + order.path("poNumber").asText() + " drafted for "
                        + SUPPLIER_ID + ": " + String.join(", ", lines));
            }
        } catch (IOException e) {
            throw new StackStartException("demo: unreadable answer of " + GENERATE_PATH + ": " + e, e);
        }
    }

    static ObjectNode itemBody(ObjectMapper json, String description, int initialQuantityOnHand) {
        ObjectNode body = json.createObjectNode();
        body.put("description", description);
        body.put("tracked", true);
        body.put("discontinued", false);
        body.put("initialQuantityOnHand", initialQuantityOnHand);
        return body;
    }

    /** The body of {@code POST /api/orders}: an OrderPlaced of the contract. */
    static ObjectNode orderBody(ObjectMapper json, DemoOrder order, LocalDate today) {
        ObjectNode body = json.createObjectNode();
        body.put("storefrontOrderId", order.storefrontOrderId());
        body.put("storefront", STOREFRONT);
        ObjectNode customer = body.putObject("customer");
        customer.put("id", order.customerId());
        customer.put("name", order.customerName());
        customer.put("email", order.email());
        body.put("placedAt", today.atTime(order.placedAt()).toInstant(ZoneOffset.UTC).toString());
        body.put("discountPercent", "0");
        ObjectNode payment = body.putObject("payment");
        payment.put("authorizationId", order.authorizationId());
        payment.put("amount", order.amount());
        ArrayNode lines = body.putArray("lines");
        for (Line line : order.lines()) {
            ObjectNode node = lines.addObject();
            node.put("sku", line.sku());
            node.put("quantity", line.quantity());
            node.put("unitPrice", line.unitPrice());
        }
        return body;
    }

    private void defineItem(URI inventory, String sku, String description, int onHand) {
        HttpResponse<String> response = send("PUT", ITEMS_PATH,
                HttpRequest.newBuilder(inventory.resolve(ITEMS_PATH + "/" + sku))
                        .PUT(body(itemBody(json, description, onHand))));
        if (response != null) {
            out.println("      demo: item " + sku + " (" + description + ", " + onHand + " on hand) "
                    + (response.statusCode() == 201 ? "defined" : "already defined"));
        }
    }

    private void placeOrder(URI orders, DemoOrder order, LocalDate today) {
        HttpResponse<String> response = send("POST", ORDERS_PATH,
                HttpRequest.newBuilder(orders.resolve(ORDERS_PATH)).POST(body(orderBody(json, order, today))));
        if (response != null) {
            out.println("      demo: order " + order.storefrontOrderId() + orderNumberOf(response)
                    + (response.statusCode() == 201 ? " placed" : " already placed"));
        }
    }

    private String orderNumberOf(HttpResponse<String> response) {
        try {
            JsonNode number = json.readTree(response.body()).path("orderNumber");
            return number.isMissingNode() || number.isNull() ? "" : " (order " + number.asText() + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private HttpRequest.BodyPublisher body(ObjectNode node) {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the response, or null if the endpoint is not there (yet) */
    private HttpResponse<String> send(String method, String endpoint, HttpRequest.Builder request) {
        String call = method + " " + endpoint;
        if (missingEndpoints.contains(call)) {
            return null;
        }
        HttpRequest built = ApiCredentials.signed(request).header("Content-Type", "application/json")
                .header("Accept", "application/json").timeout(REQUEST_TIMEOUT).build();
        HttpResponse<String> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StackStartException("demo: " + method + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("demo: interrupted during " + method + " " + built.uri(), e);
        }
        int status = response.statusCode();
        if (status == 404 || status == 405) {
            missingEndpoints.add(call);
            out.println("      demo: " + call + " not available yet (" + status + ")");
            return null;
        }
        if (status < 200 || status > 299) {
            throw new StackStartException("demo: " + method + " " + built.uri() + " answered " + status + ": "
                    + response.body());
        }
        return response;
    }
}
