package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private static final RelaySettings SMALL_BATCHES =
            new RelaySettings(7, Duration.ofMillis(20), Duration.ofSeconds(20), Duration.ofDays(1));

    private final TestKafka kafka = TestKafka.get();
    private final List<AutoCloseable> closeAfter = new ArrayList<>();
    private final EventStore store = new EventStore(Clock.systemUTC(), new Outbox());
    private final ConflictRetry retry = new ConflictRetry(100, Duration.ofMillis(1), Duration.ofMillis(20));

    @AfterEach
    void close() throws Exception {
        java.util.Collections.reverse(closeAfter);
        for (AutoCloseable closeable : closeAfter) {
            closeable.close();
        }
    }

    @Test
    void a_relay_stopped_between_send_and_mark_republishes_after_restart_and_the_consumer_ends_as_after_a_clean_run()
            throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_crash_source").dataSource();
        JdbcTransactions sourceTx = new JdbcTransactions(source, retry);
        Map<String, Integer> expectedTotals = appendEvents(sourceTx, topic, 3, 10);

        OutboxRelay crashing = new OutboxRelay(source, crashAfterSend(producer()), SMALL_BATCHES);
        assertThatThrownBy(crashing::publishBatch).hasMessageContaining("did not acknowledge");
        assertThat(unpublished(source)).as("nothing marked by the crashed relay").isEqualTo(30);

        OutboxRelay restarted = new OutboxRelay(source, producer(), SMALL_BATCHES);
        while (restarted.publishBatch() > 0) {
            // drain
        }
        assertThat(unpublished(source)).isZero();

        List<ConsumerRecord<String, String>> records = readAll(topic, 30);
        assertThat(records.size()).as("the crashed batch went out twice").isGreaterThan(30);

        DataSource downstream = EventingDatabase.create("relay_crash_consumer").dataSource();
        StockTotals.createTable(downstream);
        new InboxConsumer("totals", new Inbox(), new Outbox(), new JdbcTransactions(downstream, retry))
                .consume(records.stream().map(IncomingRecord::of).toList(), new StockTotals());

        Map<String, String> clean = new HashMap<>();
        expectedTotals.forEach((sku, total) -> clean.put(sku, "total=" + total + " version=10 outOfOrder=0"));
        assertThat(StockTotals.read(downstream)).isEqualTo(clean);
    }

    @Test
    void two_relays_on_one_database_never_reorder_an_aggregate() throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_pair").dataSource();
        JdbcTransactions sourceTx = new JdbcTransactions(source, retry);
        OutboxRelay first = new OutboxRelay(source, producer(), SMALL_BATCHES);
        OutboxRelay second = new OutboxRelay(source, producer(), SMALL_BATCHES);
        closeAfter.add(first);
        closeAfter.add(second);
        first.start();
        second.start();

        int streams = 5;
        int eventsPerStream = 40;
        appendEvents(sourceTx, topic, streams, eventsPerStream);

        List<ConsumerRecord<String, String>> records = readAll(topic, streams * eventsPerStream);
        Map<String, List<Long>> versionsByKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            versionsByKey.computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(ContractJson.readEnvelope(record.value()).aggregateVersion());
        }
        List<Long> inOrder = java.util.stream.LongStream.rangeClosed(1, eventsPerStream).boxed().toList();
        assertThat(versionsByKey).hasSize(streams);
        versionsByKey.forEach((key, versions) -> assertThat(versions).as(key).isEqualTo(inOrder));
    }

    @Test
    void published_records_carry_the_event_id_and_type_headers_and_the_aggregate_as_key() throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_headers").dataSource();
        List<StoredEvent> stored = new JdbcTransactions(source, retry).inTransaction(c -> store.append(c,
                StreamId.of("StockItem", "SKU123"), 0, List.of(new StockAdjusted("SKU123", 5, "count", 5)),
                EventMetadata.newFlow(), topic));

        new OutboxRelay(source, producer(), SMALL_BATCHES).publishBatch();

        ConsumerRecord<String, String> record = readAll(topic, 1).get(0);
        assertThat(record.key()).isEqualTo("SKU123");
        assertThat(TopicProbe.header(record, EventHeaders.EVENT_ID)).isEqualTo(stored.get(0).eventId().toString());
        assertThat(TopicProbe.header(record, EventHeaders.EVENT_TYPE)).isEqualTo("StockAdjusted");
        assertThat(ContractJson.readEnvelope(record.value()).data().get("onHandAfter").asInt()).isEqualTo(5);
    }

    @Test
    void a_row_the_broker_acknowledged_leaves_the_outbox_and_the_rows_behind_it_wait_their_turn() throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_deletes").dataSource();
        appendEvents(new JdbcTransactions(source, retry), topic, 1, 5);
        RelayStats stats = new RelayStats();
        List<Long> waits = new ArrayList<>();
        stats.measureWaits(waits::add);
        // written a minute ago, so that a wait counted from the relay round's own start would show
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update outbox set created_at = created_at - interval '1 minute'");
        }

        assertThat(new OutboxRelay(source, producer(), new RelaySettings(3, Duration.ofMillis(20),
                Duration.ofSeconds(20), Duration.ofDays(1)), BrokerCheck.NEVER_ANSWERS, stats).publishBatch())
                .isEqualTo(3);

        assertThat(readAll(topic, 3)).hasSize(3);
        assertThat(stats.published()).isEqualTo(3);
        assertThat(waits).as("each published row's wait since it was written, a minute ago")
                .hasSize(3).allSatisfy(wait -> assertThat(wait).isBetween(60_000L, 120_000L));
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(*) filter (where published_at is null) from outbox")) {
            rs.next();
            assertThat(rs.getLong(1)).as("rows left in the outbox").isEqualTo(2);
            assertThat(rs.getLong(2)).as("none of them marked published").isEqualTo(2);
        }
    }

    @Test
    void a_relay_that_does_not_hold_the_lock_publishes_nothing() throws Exception {
        DataSource source = EventingDatabase.create("relay_lock").dataSource();
        new JdbcTransactions(source, retry).inTransaction(c -> store.append(c, StreamId.of("StockItem", "SKU1"), 0,
                List.of(new StockAdjusted("SKU1", 1, "count", 1)), EventMetadata.newFlow(), newTopic()));
        MockProducer<String, String> producer = new MockProducer<>();

        try (Connection holder = source.getConnection(); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("select pg_advisory_xact_lock(" + OutboxRelay.RELAY_LOCK + ")");
            assertThat(new OutboxRelay(source, producer, SMALL_BATCHES).publishBatch()).isZero();
            holder.rollback();
        }
        assertThat(producer.history()).isEmpty();
        assertThat(unpublished(source)).isEqualTo(1);
    }

    @Test
    void a_record_too_large_for_the_broker_is_set_aside_after_its_attempts_and_the_rows_behind_it_are_published()
            throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_set_aside").dataSource();
        JdbcTransactions tx = new JdbcTransactions(source, retry);
        RelayStats stats = new RelayStats();
        OutboxRelay relay = new OutboxRelay(source, producer(), SMALL_BATCHES, BrokerCheck.NEVER_ANSWERS, stats);
        appendEvents(tx, topic, 1, 1);
        long oversized = enqueue(tx, new OutboxMessage("huge-dead-letter", Topics.deadLetter(topic), "SKU-0",
                Map.of(), "x".repeat(2 * 1024 * 1024)));
        tx.inTransaction(c -> store.append(c, StreamId.of("StockItem", "SKU-0"), 1,
                List.of(new StockAdjusted("SKU-0", 2, "count", 0)), EventMetadata.newFlow(), topic));

        assertThat(relay.publishBatch()).as("the rows on either side go out in the first round").isEqualTo(2);
        assertThat(readAll(topic, 2)).extracting(ConsumerRecord::key).containsOnly("SKU-0");
        assertThat(setAside(source).total()).as("one failed attempt is not yet enough").isZero();
        assertThat(relay.publishBatch()).isZero();
        assertThat(relay.publishBatch()).isZero();

        SetAsideRows.Page setAside = setAside(source);
        assertThat(setAside.total()).isEqualTo(1);
        SetAsideRows.Row row = setAside.rows().get(0);
        assertThat(row.position()).isEqualTo(oversized);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.failure()).contains("RecordTooLargeException");
        assertThat(row.payloadBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(stats.setAside()).isEqualTo(1);
        assertThat(unpublished(source)).as("set aside, not published and not purged").isEqualTo(1);

        tx.inTransaction(c -> store.append(c, StreamId.of("StockItem", "SKU-0"), 2,
                List.of(new StockAdjusted("SKU-0", 3, "count", 0)), EventMetadata.newFlow(), topic));
        assertThat(relay.publishBatch()).as("later rows no longer wait for it").isEqualTo(1);

        try (Connection c = source.getConnection()) {
            assertThat(new SetAsideRows().retry(c, oversized)).isEqualTo(SetAsideRows.Retry.QUEUED);
            assertThat(new SetAsideRows().retry(c, oversized)).isEqualTo(SetAsideRows.Retry.NOT_SET_ASIDE);
            assertThat(new SetAsideRows().retry(c, 999_999)).isEqualTo(SetAsideRows.Retry.NO_SUCH_ROW);
        }
        assertThat(setAside(source).total()).isZero();
        assertThat(relay.publishBatch()).as("still too large").isZero();
        try (Connection c = source.getConnection()) {
            SetAsideRows.Row again = new SetAsideRows().find(c, oversized).orElseThrow();
            assertThat(again.attempts()).as("counted afresh after the retry").isEqualTo(1);
            assertThat(again.failedAt()).isNull();
        }
    }

    @Test
    void a_row_for_a_topic_the_cluster_does_not_know_is_set_aside_and_the_rest_published() throws Exception {
        String topic = newTopic();
        String missing = "no-such-topic-" + UUID.randomUUID();
        DataSource source = EventingDatabase.create("relay_missing_topic").dataSource();
        JdbcTransactions tx = new JdbcTransactions(source, retry);
        long lost = enqueue(tx, new OutboxMessage("to-nowhere", missing, "K", Map.of(), "{}"));
        appendEvents(tx, topic, 2, 1);
        RelaySettings oneAttempt = new RelaySettings(7, Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofDays(1), 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            OutboxRelay relay = new OutboxRelay(source, withoutAutoCreation(producer(), missing), oneAttempt,
                    BrokerCheck.using(admin, Duration.ofSeconds(5)), new RelayStats());

            assertThat(relay.publishBatch()).isEqualTo(2);
        }

        assertThat(readAll(topic, 2)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(setAside(source).rows()).singleElement().satisfies(row -> {
            assertThat(row.position()).isEqualTo(lost);
            assertThat(row.failure()).contains("not present in metadata");
        });
    }

    @Test
    void a_broker_outage_sets_nothing_aside_and_the_rows_go_out_once_the_broker_is_back() throws Exception {
        String topic = newTopic();
        DataSource source = EventingDatabase.create("relay_outage").dataSource();
        appendEvents(new JdbcTransactions(source, retry), topic, 2, 2);
        String nowhere = "127.0.0.1:" + freePort();
        RelaySettings oneAttempt = new RelaySettings(7, Duration.ofMillis(20), Duration.ofSeconds(2), Duration.ofDays(1), 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, nowhere,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            OutboxRelay cutOff = new OutboxRelay(source, unreachableProducer(nowhere), oneAttempt,
                    BrokerCheck.using(admin, Duration.ofSeconds(1)), new RelayStats());

            for (int round = 0; round < 2; round++) {
                assertThatThrownBy(cutOff::publishBatch).hasMessageContaining("did not acknowledge");
            }
        }

        assertThat(setAside(source).total()).isZero();
        assertThat(attemptsCounted(source)).as("no row is blamed for the outage").isZero();
        assertThat(new OutboxRelay(source, producer(), oneAttempt).publishBatch()).isEqualTo(4);
        assertThat(readAll(topic, 4)).hasSizeGreaterThanOrEqualTo(4);
    }

    private Map<String, Integer> appendEvents(JdbcTransactions tx, String topic, int streams, int eventsPerStream) {
        Map<String, Integer> totals = new HashMap<>();
        for (int i = 1; i <= eventsPerStream; i++) {
            for (int s = 0; s < streams; s++) {
                String sku = "SKU-" + s;
                long version = i - 1;
                int delta = s * 100 + i;
                tx.inTransaction(c -> store.append(c, StreamId.of("StockItem", sku), version,
                        List.of(new StockAdjusted(sku, delta, "count", 0)), EventMetadata.newFlow(), topic));
                totals.merge(sku, delta, Integer::sum);
            }
        }
        return totals;
    }

    private List<ConsumerRecord<String, String>> readAll(String topic, int distinctEvents) {
        try (TopicProbe probe = TopicProbe.reading(kafka.bootstrapServers(), List.of(topic))) {
            return probe.awaitUntil(seen -> seen.stream().map(r -> TopicProbe.header(r, EventHeaders.EVENT_ID))
                    .collect(Collectors.toSet()).size() >= distinctEvents, Duration.ofSeconds(30));
        }
    }

    private String newTopic() {
        String topic = "relay-test-" + UUID.randomUUID();
        kafka.createTopics(List.of(topic), 3);
        return topic;
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> producer = new KafkaProducer<>(
                RelayProducer.properties(kafka.bootstrapServers(), "relay-test"));
        closeAfter.add(producer);
        return producer;
    }

    private static long enqueue(JdbcTransactions tx, OutboxMessage message) {
        return tx.inTransaction(c -> {
            new Outbox().enqueue(c, message);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select max(position) from outbox")) {
                rs.next();
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static SetAsideRows.Page setAside(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return new SetAsideRows().page(c, 0, 50);
        }
    }

    private static long attemptsCounted(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(sum(attempts), 0) from outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A producer whose broker is gone: metadata never comes, sends give up after half a second. */
    private KafkaProducer<String, String> unreachableProducer(String bootstrapServers) {
        Properties properties = RelayProducer.properties(bootstrapServers, "relay-outage-test");
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "500");
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "500");
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "1000");
        KafkaProducer<String, String> producer = new KafkaProducer<>(properties);
        closeAfter.add(() -> producer.close(Duration.ZERO));
        return producer;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long unpublished(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox where published_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * What a producer answers for a topic that does not exist on a cluster that creates none (the
     * test broker would create it): its metadata never comes, and the send times out.
     */
    @SuppressWarnings("unchecked")
    private static Producer<String, String> withoutAutoCreation(KafkaProducer<String, String> real, String missingTopic) {
        return (Producer<String, String>) java.lang.reflect.Proxy.newProxyInstance(
                OutboxRelayTest.class.getClassLoader(), new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && args.length == 1
                            && ((ProducerRecord<String, String>) args[0]).topic().equals(missingTopic)) {
                        return CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException(
                                "Topic " + missingTopic + " not present in metadata after 10000 ms."));
                    }
                    return method.invoke(real, args);
                });
    }

    /** Sends for real, then "crashes" before the relay can learn of the acknowledgement and mark. */
    private static Producer<String, String> crashAfterSend(KafkaProducer<String, String> real) {
        return (Producer<String, String>) java.lang.reflect.Proxy.newProxyInstance(
                OutboxRelayTest.class.getClassLoader(), new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("send") && args.length == 1) {
                        Future<RecordMetadata> sent = real.send((ProducerRecord<String, String>) args[0]);
                        return CompletableFuture.supplyAsync(() -> {
                            try {
                                sent.get();
                            } catch (Exception ignored) {
                                // the crash comes either way
                            }
                            throw new IllegalStateException("relay process killed");
                        });
                    }
                    return method.invoke(real, args);
                });
    }
}
