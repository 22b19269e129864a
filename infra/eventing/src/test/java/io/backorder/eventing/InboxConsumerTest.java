package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxConsumerTest {

    private static final String TOPIC = "inbox-consumer-test";

    private DataSource dataSource;
    private InboxConsumer consumer;

    @BeforeEach
    void database() throws Exception {
        dataSource = EventingDatabase.create("inbox_consumer").dataSource();
        StockTotals.createTable(dataSource);
        consumer = new InboxConsumer("totals", new Inbox(), new Outbox(),
                new JdbcTransactions(dataSource, ConflictRetry.defaults()));
    }

    @Test
    void a_redelivered_batch_changes_nothing() throws Exception {
        List<IncomingRecord> batch = List.of(adjusted(0, "SKU1", 1, 5), adjusted(1, "SKU1", 2, 3));

        consumer.consume(batch, new StockTotals());
        consumer.consume(batch, new StockTotals());

        assertThat(StockTotals.read(dataSource)).containsEntry("SKU1", "total=8 version=2 outOfOrder=0");
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_with_its_reason_and_the_rest_is_handled() throws Exception {
        TestKafka kafka = TestKafka.get();
        kafka.createTopics(List.of(TOPIC, Topics.deadLetter(TOPIC)), 1);
        IncomingRecord garbage = new IncomingRecord(TOPIC, 0, 11, "SKU1", "{not json", Map.of(), TOPIC + "/0/11");

        consumer.consume(List.of(adjusted(10, "SKU1", 1, 5), garbage, adjusted(12, "SKU1", 2, 4)), new StockTotals());

        assertThat(StockTotals.read(dataSource)).containsEntry("SKU1", "total=9 version=2 outOfOrder=0");
        publishOutbox(kafka);
        ConsumerRecord<String, String> dead = awaitDeadLetter(kafka, "{not json");
        assertThat(TopicProbe.header(dead, EventHeaders.DLQ_REASON)).startsWith("unreadable");
        assertThat(TopicProbe.header(dead, EventHeaders.DLQ_ORIGINAL_OFFSET)).isEqualTo("11");
    }

    @Test
    void a_record_its_handler_cannot_cope_with_is_dead_lettered_alone_and_the_batch_goes_on() throws Exception {
        IncomingRecord explodes = adjusted(21, "SKU2", 2, 1, "explode");

        consumer.consume(List.of(adjusted(20, "SKU2", 1, 5), explodes, adjusted(22, "SKU3", 1, 7)), new StockTotals());

        assertThat(StockTotals.read(dataSource))
                .containsEntry("SKU2", "total=5 version=1 outOfOrder=0")
                .containsEntry("SKU3", "total=7 version=1 outOfOrder=0");
        TestKafka kafka = TestKafka.get();
        kafka.createTopics(List.of(TOPIC, Topics.deadLetter(TOPIC)), 1);
        publishOutbox(kafka);
        ConsumerRecord<String, String> dead = awaitDeadLetter(kafka, "explode");
        assertThat(TopicProbe.header(dead, EventHeaders.DLQ_REASON)).contains("a bug in the handler");
    }

    private void publishOutbox(TestKafka kafka) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                RelayProducer.properties(kafka.bootstrapServers(), "dlq-test"))) {
            new OutboxRelay(dataSource, producer, RelaySettings.defaults()).publishBatch();
        }
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(TestKafka kafka, String containing) {
        try (TopicProbe probe = TopicProbe.reading(kafka.bootstrapServers(), List.of(Topics.deadLetter(TOPIC)))) {
            return probe.awaitUntil(seen -> seen.stream().anyMatch(r -> r.value().contains(containing)),
                            Duration.ofSeconds(30))
                    .stream().filter(r -> r.value().contains(containing)).findFirst().orElseThrow();
        }
    }

    private static IncomingRecord adjusted(long offset, String sku, long version, int delta) {
        return adjusted(offset, sku, version, delta, "count");
    }

    private static IncomingRecord adjusted(long offset, String sku, long version, int delta, String reason) {
        String eventId = UUID.randomUUID().toString();
        EventEnvelope envelope = new EventEnvelope(eventId, "StockAdjusted", 1, sku, version, Instant.now(), null, null,
                ContractJson.toData(new StockAdjusted(sku, delta, reason, 0)));
        return new IncomingRecord(TOPIC, 0, offset, sku, ContractJson.writeEnvelope(envelope),
                Map.of(EventHeaders.EVENT_ID, eventId), eventId);
    }
}
