package io.backorder.inventory.tracing;

import static io.backorder.inventory.OrderEventsFixture.defineItem;
import static io.backorder.inventory.OrderEventsFixture.imported;
import static io.backorder.inventory.OrderEventsFixture.line;
import static io.backorder.inventory.OrderEventsFixture.number;
import static io.backorder.inventory.OrderEventsFixture.sku;
import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.eventing.TraceHeaders;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An order event that arrives within a trace is handled in a span of that trace (opened by the inbox consumer with
 * the record's {@code traceparent} as parent), so the events inventory answers with carry the same trace on.
 */
@QuarkusTest
class TraceContextTests {

    @Test
    void an_order_event_carrying_a_trace_is_handled_in_that_trace_and_the_allocation_carries_it_on() {
        String item = sku("TRACE");
        defineItem(item, 10);
        String order = number();
        EventEnvelope envelope = imported(order, List.of(line(1, item, 2)));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String orderServiceSpan = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String bootstrap = TestKafka.get().bootstrapServers();
        try (TopicProbe probe = TopicProbe.reading(bootstrap, List.of(Topics.INVENTORY_EVENTS))) {
            TopicProbe.send(bootstrap, Topics.ORDERS_EVENTS, envelope.aggregateId(), ContractJson.writeEnvelope(envelope),
                    Map.of(EventHeaders.EVENT_ID, envelope.eventId(), EventHeaders.EVENT_TYPE, envelope.type(),
                            TraceHeaders.TRACEPARENT, "00-" + traceId + "-" + orderServiceSpan + "-01"));

            List<ConsumerRecord<String, String>> seen = probe.awaitUntil(records -> records.stream()
                    .anyMatch(r -> isAllocationOf(r, order)), Duration.ofSeconds(30));
            ConsumerRecord<String, String> allocated = seen.stream().filter(r -> isAllocationOf(r, order))
                    .findFirst().orElseThrow();
            assertThat(TopicProbe.header(allocated, TraceHeaders.TRACEPARENT))
                    .as("the order's trace, under inventory's own consumer span")
                    .startsWith("00-" + traceId + "-").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01")
                    .doesNotContain("-" + orderServiceSpan + "-");
        }
    }

    private static boolean isAllocationOf(ConsumerRecord<String, String> record, String order) {
        return "StockAllocated".equals(TopicProbe.header(record, EventHeaders.EVENT_TYPE))
                && record.value().contains("\"orderNumber\":\"" + order + "\"");
    }
}
