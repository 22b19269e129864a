package io.backorder.bench.observe;

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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Measures when the order page ({@code GET /api/orders/{n}} on order-service) shows an order's allocation: every
 * line's allocated plus needed units add up to its quantity.
 *
 * <p>Polling every order would load the service it measures, so only every {@code sampleEvery}-th decided order is
 * followed, and only from the moment its decision was read on inventory.events (the page follows that topic, so it
 * cannot show the decision much earlier). Each pending page is asked again every {@link #SWEEP_PAUSE} or so: a
 * figure is an upper bound, late by up to one sweep.
 */
public final class PagePoller implements AutoCloseable {

    static final Duration SWEEP_PAUSE = Duration.ofMillis(20);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI orders;
    private final int sampleEvery;
    private final AtomicLong offered = new AtomicLong();
    private final ConcurrentLinkedQueue<OrderTracker.Decided> incoming = new ConcurrentLinkedQueue<>();
    private final Histogram placementToPage = Latencies.newHistogram();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread;

    /** @param orderServiceUrl {@code http://host:port} of order-service */
    public PagePoller(String orderServiceUrl, int sampleEvery) {
        if (sampleEvery < 1) {
            throw new IllegalArgumentException("sampleEvery must be at least 1, not " + sampleEvery);
        }
        this.orders = URI.create(orderServiceUrl + "/api/orders/");
        this.sampleEvery = sampleEvery;
        this.thread = new Thread(this::run, "bench-page-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** A decided order; followed if it falls in the sample. */
    public void offer(OrderTracker.Decided order) {
        if (offered.getAndIncrement() % sampleEvery == 0) {
            incoming.add(order);
        }
    }

    private void run() {
        List<OrderTracker.Decided> pending = new ArrayList<>();
        while (running) {
            for (OrderTracker.Decided order; (order = incoming.poll()) != null; ) {
                pending.add(order);
            }
            pending.removeIf(this::pageShowsDecision);
            try {
                Thread.sleep(SWEEP_PAUSE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean pageShowsDecision(OrderTracker.Decided order) {
        HttpRequest request = HttpRequest.newBuilder(orders.resolve(order.orderNumber())).timeout(REQUEST_TIMEOUT)
                .header("Authorization", ApiCredentials.authorization()).GET().build();
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long seen = System.nanoTime();
            if (response.statusCode() != 200 || !allLinesDecided(json.readTree(response.body()),
                    order.lineQuantities())) {
                return false;
            }
            synchronized (placementToPage) {
                Latencies.record(placementToPage, order.placedNanos(), seen);
            }
            return true;
        } catch (IOException e) {
            failures.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    /** True if every line of the page has allocated + needed covering its quantity. */
    static boolean allLinesDecided(JsonNode page, Map<Integer, Integer> quantities) {
        JsonNode lines = page.path("lines");
        int decided = 0;
        for (JsonNode line : lines) {
            Integer quantity = quantities.get(line.path("lineNo").asInt());
            if (quantity != null && line.path("allocated").asInt() + line.path("needed").asInt() >= quantity) {
                decided++;
            }
        }
        return decided == quantities.size();
    }

    /** Waits until every sampled order has been seen on its page, or {@code timeout} passes. */
    public boolean awaitAll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (seenCount() >= sampledCount()) {
                return true;
            }
            Thread.sleep(SWEEP_PAUSE.toMillis());
        }
        return false;
    }

    public long sampledCount() {
        long all = offered.get();
        return (all + sampleEvery - 1) / sampleEvery;
    }

    public long seenCount() {
        synchronized (placementToPage) {
            return placementToPage.getTotalCount();
        }
    }

    public long failures() {
        return failures.get();
    }

    /** Every page asked for so far: the load this probe put on the service it measures. */
    public long requests() {
        return requests.get();
    }

    public LatencyStats placementToPage() {
        synchronized (placementToPage) {
            return LatencyStats.ofMicros(placementToPage.copy());
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
