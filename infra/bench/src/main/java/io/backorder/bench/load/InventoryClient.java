package io.backorder.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.devstack.ApiCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The calls the bench makes to inventory-service over HTTP: define items, fill backorders. */
public final class InventoryClient {

    /** Items are defined a few at a time: enough to keep the service busy, not enough to swamp two cores. */
    static final int DEFINE_PARALLELISM = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    /** @param baseUrl {@code http://host:port} of inventory-service */
    public InventoryClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** {@code PUT /api/items/{sku}} for every sku, tracked, with its initial quantity on hand. */
    public void defineItems(Map<String, Integer> initialStock) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(DEFINE_PARALLELISM);
        try {
            List<Future<?>> calls = new ArrayList<>();
            initialStock.forEach((sku, quantity) -> calls.add(pool.submit(() -> {
                defineItem(sku, quantity);
                return null;
            })));
            for (Future<?> call : calls) {
                try {
                    call.get();
                } catch (ExecutionException e) {
                    throw new IOException("defining items failed: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    void defineItem(String sku, int quantity) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("description", "bench item " + sku, "tracked", true,
                "discontinued", false, "initialQuantityOnHand", quantity));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/items/" + sku))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.authorization())
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IOException("PUT /api/items/" + sku + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /**
     * {@code POST /api/backorder-fills} for these skus (the other fields as the contract's defaults); unless
     * {@code fullAnswer}, with {@code Prefer: return=minimal}, so that the answer is the fill's totals only.
     *
     * @return the answer's JSON
     * @throws IOException for an answer other than 200, or none within {@code timeout}
     */
    public JsonNode fill(List<String> skus, boolean fullAnswer, Duration timeout) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("orderNumbers", List.of(), "skus", skus,
                "onlyCompletableOrders", false, "approveWhenComplete", true));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/backorder-fills"))
                .timeout(timeout).header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.authorization());
        if (!fullAnswer) {
            request.header("Prefer", "return=minimal");
        }
        HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST /api/backorder-fills answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        return json.readTree(response.body());
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + " …";
    }
}
