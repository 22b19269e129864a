package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagePollerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_page_shows_the_decision_when_every_line_is_allocated_or_needed_in_full() throws Exception {
        String page = """
                {"orderNumber": "1001", "lines": [
                  {"lineNo": 1, "sku": "A", "quantity": 3, "allocated": 1, "needed": 2},
                  {"lineNo": 2, "sku": "B", "quantity": 1, "allocated": 1, "needed": 0}]}""";

        assertThat(PagePoller.allLinesDecided(json.readTree(page), Map.of(1, 3, 2, 1))).isTrue();
    }

    @Test
    void a_line_not_yet_decided_keeps_the_page_pending() throws Exception {
        String page = """
                {"orderNumber": "1001", "lines": [
                  {"lineNo": 1, "sku": "A", "quantity": 3, "allocated": 1, "needed": 0},
                  {"lineNo": 2, "sku": "B", "quantity": 1, "allocated": 1, "needed": 0}]}""";

        assertThat(PagePoller.allLinesDecided(json.readTree(page), Map.of(1, 3, 2, 1))).isFalse();
    }

    @Test
    void every_request_is_counted_those_of_a_page_still_pending_too() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer orderService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        orderService.createContext("/api/orders/", exchange -> {
            int needed = asked.incrementAndGet() < 3 ? 0 : 2;
            byte[] page = ("{\"lines\": [{\"lineNo\": 1, \"allocated\": 1, \"needed\": " + needed + "}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        orderService.start();
        try (PagePoller poller = new PagePoller("http://127.0.0.1:" + orderService.getAddress().getPort(), 1)) {
            poller.offer(new OrderTracker.Decided("sf-1", "1001", System.nanoTime(), System.nanoTime(), Map.of(1, 3)));

            assertThat(poller.awaitAll(Duration.ofSeconds(10))).isTrue();
            assertThat(poller.requests()).isEqualTo(3).isEqualTo(asked.get());
            assertThat(poller.seenCount()).isEqualTo(1);
        } finally {
            orderService.stop(0);
        }
    }
}
