package io.backorder.order.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.eventing.TraceHeaders;
import io.backorder.order.SampleOrders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An order imported within a trace (a storefront that sends {@code traceparent}) publishes its events with that trace
 * in their Kafka headers: the relay is hand-written, so the event store puts it in the outbox row.
 */
@QuarkusTest
class TraceContextTests {

    @Test
    void the_events_of_an_order_imported_within_a_trace_carry_that_trace_in_their_headers() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String callerSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String storefrontOrderId = SampleOrders.uniqueId("TRACE");
        try (TopicProbe probe = TopicProbe.reading(TestKafka.get().bootstrapServers(), List.of(Topics.ORDERS_EVENTS))) {
            String orderNumber = given().contentType(ContentType.JSON)
                    .header(TraceHeaders.TRACEPARENT, "00-" + traceId + "-" + callerSpan + "-01")
                    .body(SampleOrders.orderA(storefrontOrderId)).post("/api/orders")
                    .then().statusCode(201).extract().path("orderNumber");

            List<ConsumerRecord<String, String>> seen = probe.awaitUntil(records -> records.stream()
                    .anyMatch(r -> orderNumber.equals(r.key())), Duration.ofSeconds(30));
            ConsumerRecord<String, String> imported = seen.stream().filter(r -> orderNumber.equals(r.key()))
                    .filter(r -> "OrderImported".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE)))
                    .findFirst().orElseThrow();
            assertThat(TopicProbe.header(imported, TraceHeaders.TRACEPARENT))
                    .as("the trace of the import, under the service's own span")
                    .startsWith("00-" + traceId + "-").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .doesNotContain("-" + callerSpan + "-");
        }
    }
}
