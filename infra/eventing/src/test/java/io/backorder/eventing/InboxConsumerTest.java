package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.awaitility.Awaitility;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboxConsumerTest {

    private static final String TOPIC = "inbox-consumer-test";

    private final ConsumerHealth health = new ConsumerHealth();
    private DataSource dataSource;
    private InboxConsumer consumer;

    @BeforeEach
    void database() throws Exception {
        dataSource = EventingDatabase.create("inbox_consumer").dataSource();
        StockTotals.createTable(dataSource);
        consumer = new InboxConsumer("totals", null, new Inbox(), new DeadLetterStore(new Outbox()),
                new JdbcTransactions(dataSource, ConflictRetry.defaults()),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(200)), health);
    }

    @Test
    void a_redelivered_batch_changes_nothing() throws Exception {
        List<IncomingRecord> batch = List.of(adjusted(0, "SKU1", 1, 5), adjusted(1, "SKU1", 2, 3));

        consumer.consume(batch, new StockTotals());
        consumer.consume(batch, new StockTotals());

        assertThat(StockTotals.read(dataSource)).containsEntry("SKU1", "total=8 version=2 outOfOrder=0");
    }

    @Test
    void a_handler_is_prepared_once_per_run_with_the_records_it_will_handle_and_not_those_already_processed_or_poison()
            throws Exception {
        IncomingRecord processed = adjusted(30, "SKU4", 1, 5);
        consumer.consume(List.of(processed), new StockTotals());
        IncomingRecord garbage = new IncomingRecord(TOPIC, 0, 32, "SKU4", "{not json", Map.of(), TOPIC + "/0/32");
        IncomingRecord fresh = adjusted(31, "SKU4", 2, 3);
        IncomingRecord later = adjusted(33, "SKU4", 3, 1);
        List<List<IncomingRecord>> prepared = new ArrayList<>();
        List<IncomingRecord> handled = new ArrayList<>();
        RecordHandler handler = new RecordHandler() {
            @Override
            public void prepare(Connection connection, List<IncomingRecord> records) {
                prepared.add(List.copyOf(records));
            }

            @Override
            public void handle(Connection connection, IncomingRecord record) {
                new StockTotals().handle(connection, record);
                handled.add(record);
            }
        };

        consumer.consume(List.of(processed, fresh, garbage, later), handler);

        // The first run finds the poison record and is rolled back; the second runs without it.
        assertThat(prepared).containsExactly(List.of(fresh, garbage, later), List.of(fresh, later));
        assertThat(handled).containsExactly(fresh, fresh, later);
        assertThat(StockTotals.read(dataSource)).containsEntry("SKU4", "total=9 version=3 outOfOrder=0");
    }

    @Test
    void a_handler_that_gathers_its_records_writes_them_when_the_run_finishes_and_a_poison_record_among_them_is_left_out()
            throws Exception {
        IncomingRecord garbage = new IncomingRecord(TOPIC, 0, 81, "SKU5", "{not json", Map.of(), TOPIC + "/0/81");
        List<Integer> finishedRuns = new ArrayList<>();
        RecordHandler gathering = new RecordHandler() {
            private final List<IncomingRecord> gathered = new ArrayList<>();

            @Override
            public void prepare(Connection connection, List<IncomingRecord> records) {
                gathered.clear();
            }

            @Override
            public void handle(Connection connection, IncomingRecord record) {
                record.envelope(); // refuses an unreadable record now, not once the run finishes
                gathered.add(record);
            }

            @Override
            public void finish(Connection connection) {
                gathered.forEach(record -> new StockTotals().handle(connection, record));
                finishedRuns.add(gathered.size());
            }
        };

        consumer.consume(List.of(adjusted(80, "SKU5", 1, 2), garbage, adjusted(82, "SKU5", 2, 5)), gathering);

        // The first run stops at the poison record, before it finishes; the second finishes without it.
        assertThat(finishedRuns).containsExactly(2);
        assertThat(StockTotals.read(dataSource)).containsEntry("SKU5", "total=7 version=2 outOfOrder=0");
        assertThat(deadLetters()).isEqualTo(1);
    }

    @Test
    void each_record_s_wait_from_its_producer_to_the_commit_of_its_batch_is_measured() throws Exception {
        List<Long> waits = new ArrayList<>();
        consumer.measuredBy((name, millis) -> {
            assertThat(name).isEqualTo("totals");
            waits.add(millis);
        });
        long sentAt = System.currentTimeMillis() - 250;

        consumer.consume(polled(sentAt, adjusted(40, "SKU7", 1, 2), adjusted(41, "SKU7", 2, 1)), new StockTotals());

        assertThat(StockTotals.read(dataSource)).containsEntry("SKU7", "total=3 version=2 outOfOrder=0");
        assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isBetween(250L, 60_000L));
    }

    @Test
    void log_lines_written_while_a_record_is_handled_carry_its_correlation_id_and_none_after() {
        IncomingRecord record = adjusted(0, "SKU1", 1, 5);
        IncomingRecord correlated = new IncomingRecord(record.topic(), record.partition(), record.offset(), record.key(),
                record.value(), Map.of(EventHeaders.EVENT_ID, record.eventId(), EventHeaders.CORRELATION_ID, "flow-7"),
                record.eventId());
        List<Object> seen = new ArrayList<>();

        consumer.consume(List.of(correlated), (connection, handled) -> seen.add(MDC.get(InboxConsumer.CORRELATION_ID)));

        assertThat(seen).containsExactly("flow-7");
        assertThat(MDC.get(InboxConsumer.CORRELATION_ID)).isNull();
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
        assertThat(TopicProbe.header(dead, EventHeaders.DLQ_CONSUMER)).isEqualTo("totals");

        DeadLetter kept = keptDeadLetters().get(0);
        assertThat(TopicProbe.header(dead, EventHeaders.DLQ_DEAD_LETTER_ID)).isEqualTo(Long.toString(kept.id()));
        assertThat(kept.consumer()).isEqualTo("totals");
        assertThat(kept.record()).isEqualTo(garbage);
        assertThat(kept.reason()).startsWith("unreadable");
        assertThat(kept.retryable()).isTrue();
        assertThat(health.deadLetters("totals")).isEqualTo(1);
    }

    /**
     * Until issue 8 this record was dead-lettered ("handler failed: a bug in the handler") and the
     * batch went on without it. A failure that is not poison is now waited out instead: the batch
     * holds at that record, visibly, and goes on once the handler copes.
     */
    @Test
    void a_record_its_handler_keeps_failing_on_holds_up_its_batch_visibly_and_is_handled_once_the_handler_copes()
            throws Exception {
        IncomingRecord explodes = adjusted(21, "SKU2", 2, 1);
        AtomicBoolean fixed = new AtomicBoolean();
        RecordHandler handler = (connection, record) -> {
            if (record == explodes && !fixed.get()) {
                throw new IllegalStateException("a bug in the handler");
            }
            new StockTotals().handle(connection, record);
        };

        CompletableFuture<Void> consuming = CompletableFuture.runAsync(() ->
                consumer.consume(List.of(adjusted(20, "SKU2", 1, 5), explodes, adjusted(22, "SKU3", 1, 7)), handler));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(health.stall("totals")).as("the stall is shown").isPresent();
            ConsumerHealth.Stall stall = health.stall("totals").get();
            assertThat(stall.record()).startsWith(TOPIC + "/0@21");
            assertThat(stall.attempts()).isGreaterThanOrEqualTo(3);
            assertThat(stall.lastError()).contains("a bug in the handler");
        });
        assertThat(consuming).isNotDone();
        assertThat(StockTotals.read(dataSource)).as("the record before it is in, the one behind it waits")
                .containsOnlyKeys("SKU2").containsEntry("SKU2", "total=5 version=1 outOfOrder=0");

        fixed.set(true);
        consuming.get(30, TimeUnit.SECONDS);

        assertThat(StockTotals.read(dataSource))
                .containsEntry("SKU2", "total=6 version=2 outOfOrder=0")
                .containsEntry("SKU3", "total=7 version=1 outOfOrder=0");
        assertThat(deadLetters()).isZero();
        assertThat(health.stall("totals")).isEmpty();
        assertThat(health.retries("totals")).isGreaterThanOrEqualTo(3);
    }

    /**
     * Found by issue 8's rebalance run: an instance stopped gracefully while its consumer retried a batch (Hibernate
     * closing under it) waited out the retries until it was killed. Stopping now leaves the failing batch
     * unacknowledged at once, marked as processed nowhere, to come again to the next owner of its partition.
     */
    @Test
    void a_service_stopping_leaves_a_failing_batch_unacknowledged_at_once_instead_of_waiting_it_out()
            throws Exception {
        InboxConsumer patient = new InboxConsumer("totals", null, new Inbox(), new DeadLetterStore(new Outbox()),
                new JdbcTransactions(dataSource, ConflictRetry.defaults()),
                new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30)), health);
        IncomingRecord record = adjusted(60, "SKU-STOPPING", 1, 5);
        CompletableFuture<Void> consuming = CompletableFuture.runAsync(() -> patient.consume(List.of(record),
                (connection, incoming) -> {
                    throw new IllegalStateException("EntityManagerFactory is closed");
                }));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> health.stall("totals").isPresent());

        patient.stop();

        assertThatThrownBy(() -> consuming.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(EventingException.class).hasMessageContaining("stopped while waiting to retry");
        assertThat(processed(record)).as("marked as processed").isFalse();
        assertThat(StockTotals.read(dataSource)).doesNotContainKey("SKU-STOPPING");
        assertThat(deadLetters()).isZero();
        assertThat(health.stall("totals")).isEmpty();
    }

    @Test
    void a_record_that_fails_twice_for_a_passing_reason_is_handled_exactly_once_and_never_dead_lettered()
            throws Exception {
        IncomingRecord flaky = adjusted(31, "SKU-FLAKY", 1, 4);
        FailingFirst handler = new FailingFirst(new StockTotals(), record -> record == flaky, 2, connection -> {
            throw new IllegalStateException("the payment gateway did not answer in time");
        });

        consumer.consume(List.of(adjusted(30, "SKU-BEFORE", 1, 5), flaky, adjusted(32, "SKU-AFTER", 1, 7)), handler);

        assertThat(StockTotals.read(dataSource))
                .containsEntry("SKU-BEFORE", "total=5 version=1 outOfOrder=0")
                .containsEntry("SKU-FLAKY", "total=4 version=1 outOfOrder=0")
                .containsEntry("SKU-AFTER", "total=7 version=1 outOfOrder=0");
        assertThat(handler.attempts()).isEqualTo(3);
        assertThat(deadLetters()).isZero();
    }

    @Test
    void a_statement_timeout_is_waited_out_and_the_record_handled_not_dead_lettered() throws Exception {
        IncomingRecord slow = adjusted(51, "SKU-SLOW", 1, 2);
        FailingFirst handler = new FailingFirst(new StockTotals(), record -> record == slow, 2,
                InboxConsumerTest::statementTimesOut);

        consumer.consume(List.of(adjusted(50, "SKU-FAST", 1, 1), slow), handler);

        assertThat(StockTotals.read(dataSource))
                .containsEntry("SKU-FAST", "total=1 version=1 outOfOrder=0")
                .containsEntry("SKU-SLOW", "total=2 version=1 outOfOrder=0");
        assertThat(deadLetters()).isZero();
    }

    @Test
    void a_batch_whose_commit_fails_is_taken_in_smaller_runs_and_each_record_handled_once() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        JdbcTransactions jdbc = new JdbcTransactions(dataSource, ConflictRetry.defaults());
        InboxConsumer.TransactionRunner timingOut = new InboxConsumer.TransactionRunner() {
            @Override
            public <T> T inTransaction(Function<Connection, T> work) {
                return jdbc.inTransaction(connection -> {
                    T result = work.apply(connection);
                    if (commits.incrementAndGet() <= 2) {
                        throw new EventingException("the transaction timed out before its commit",
                                new SQLException("canceling statement due to timeout", "57014"));
                    }
                    return result;
                });
            }
        };
        InboxConsumer slow = new InboxConsumer("totals", null, new Inbox(), new DeadLetterStore(new Outbox()), timingOut,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)), health);

        slow.consume(List.of(adjusted(70, "SKU-A", 1, 1), adjusted(71, "SKU-B", 1, 2), adjusted(72, "SKU-A", 2, 3),
                adjusted(73, "SKU-B", 2, 4)), new StockTotals());

        assertThat(StockTotals.read(dataSource))
                .containsEntry("SKU-A", "total=4 version=2 outOfOrder=0")
                .containsEntry("SKU-B", "total=6 version=2 outOfOrder=0");
        assertThat(commits.get()).as("4 records, then 2, then 1 failed; then 1 and the other 3 went in").isEqualTo(4);
        assertThat(deadLetters()).isZero();
    }

    @Test
    void a_record_refused_after_its_handler_wrote_leaves_no_write_behind_and_the_rest_is_handled()
            throws Exception {
        IncomingRecord refused = adjusted(41, "SKU-REFUSED", 1, 3, "refuse after writing");

        consumer.consume(List.of(adjusted(40, "SKU-KEPT", 1, 5), refused, adjusted(42, "SKU-KEPT", 2, 1)),
                new StockTotals());

        assertThat(StockTotals.read(dataSource))
                .doesNotContainKey("SKU-REFUSED")
                .containsEntry("SKU-KEPT", "total=6 version=2 outOfOrder=0");
        assertThat(deadLetters()).isEqualTo(1);
        assertThat(keptDeadLetters()).singleElement()
                .satisfies(kept -> assertThat(kept.reason()).isEqualTo("refused after writing the total of SKU-REFUSED"));
    }

    @Test
    void several_refused_records_in_one_batch_are_each_dead_lettered_once_and_leave_nothing_behind() throws Exception {
        List<IncomingRecord> batch = List.of(
                adjusted(60, "SKU-R1", 1, 1, "refuse after writing"),
                adjusted(61, "SKU-OK", 1, 2),
                adjusted(62, "SKU-R2", 1, 3, "refuse after writing"),
                new IncomingRecord(TOPIC, 0, 63, "SKU-OK", "{not json", Map.of(), TOPIC + "/0/63"),
                adjusted(64, "SKU-OK", 2, 4));

        consumer.consume(batch, new StockTotals());
        consumer.consume(batch, new StockTotals());

        assertThat(StockTotals.read(dataSource)).containsOnlyKeys("SKU-OK")
                .containsEntry("SKU-OK", "total=6 version=2 outOfOrder=0");
        assertThat(keptDeadLetters()).extracting(DeadLetter::offset).containsExactly(63L, 62L, 60L);
        assertThat(deadLetters()).isEqualTo(3);
    }

    /** What PostgreSQL answers when a statement runs past statement_timeout: SQL state 57014. */
    private static void statementTimesOut(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local statement_timeout = '20ms'");
            statement.execute("select pg_sleep(1)");
        } catch (SQLException e) {
            throw new EventingException("the totals query was cancelled", e);
        }
        throw new AssertionError("pg_sleep(1) outlived a statement timeout of 20 ms");
    }

    private List<DeadLetter> keptDeadLetters() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return new DeadLetterStore(new Outbox()).page(c, new DeadLetterStore.Query("totals", TOPIC, 0, 50))
                    .deadLetters();
        }
    }

    private boolean processed(IncomingRecord record) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from processed_event where event_id = '"
                     + record.eventId() + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private long deadLetters() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox where topic = '" + Topics.deadLetter(TOPIC) + "'")) {
            rs.next();
            return rs.getLong(1);
        }
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

    /** The records as a poll hands them over, each sent by its producer at {@code sentAt}. */
    private static ConsumerRecords<String, String> polled(long sentAt, IncomingRecord... records) {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (IncomingRecord record : records) {
            RecordHeaders headers = new RecordHeaders();
            record.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
            polled.add(new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), sentAt,
                    TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), headers, Optional.empty()));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), polled), Map.of());
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
