package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStoreTest {

    private static DataSource dataSource;
    private final EventStore store = new EventStore(Clock.systemUTC(), new Outbox());
    private final JdbcTransactions transactions = new JdbcTransactions(dataSource,
            new ConflictRetry(1000, Duration.ofMillis(1), Duration.ofMillis(20)));

    @BeforeAll
    static void database() {
        TestDatabase database = EventingDatabase.create("event_store");
        dataSource = database.dataSource();
    }

    @Test
    void a_new_stream_numbers_its_events_from_one_and_loads_them_in_order() {
        StreamId stream = StreamId.of("StockItem", "SKU-NEW");
        transactions.inTransaction(c -> store.append(c, stream, 0,
                List.of(adjusted("SKU-NEW", 5), adjusted("SKU-NEW", -2)), EventMetadata.newFlow(), null));

        List<StoredEvent> loaded = load(stream);

        assertThat(loaded).extracting(StoredEvent::version).containsExactly(1L, 2L);
        assertThat(loaded).extracting(StoredEvent::payload)
                .containsExactly(adjusted("SKU-NEW", 5), adjusted("SKU-NEW", -2));
        assertThat(loaded.get(0).type()).isEqualTo("StockAdjusted");
    }

    @Test
    void many_streams_load_in_one_query_each_after_its_own_version_and_one_with_nothing_new_is_absent() {
        StreamId first = StreamId.of("StockItem", "SKU-LOAD-1");
        StreamId second = StreamId.of("StockItem", "SKU-LOAD-2");
        StreamId other = StreamId.of("Order", "SKU-LOAD-1");
        transactions.inTransaction(c -> {
            store.append(c, first, 0, List.of(adjusted("SKU-LOAD-1", 1), adjusted("SKU-LOAD-1", 2),
                    adjusted("SKU-LOAD-1", 3)), EventMetadata.newFlow(), null);
            store.append(c, second, 0, List.of(adjusted("SKU-LOAD-2", 4)), EventMetadata.newFlow(), null);
            return store.append(c, other, 0, List.of(adjusted("SKU-LOAD-1", 9)), EventMetadata.newFlow(), null);
        });

        Map<String, List<StoredEvent>> loaded = transactions.inTransaction(c -> store.load(c, "StockItem",
                Map.of("SKU-LOAD-1", 1L, "SKU-LOAD-2", 1L, "SKU-LOAD-NONE", 0L)));

        assertThat(loaded).containsOnlyKeys("SKU-LOAD-1");
        assertThat(loaded.get("SKU-LOAD-1")).extracting(StoredEvent::payload)
                .containsExactly(adjusted("SKU-LOAD-1", 2), adjusted("SKU-LOAD-1", 3));
    }

    @Test
    void catching_up_many_streams_reads_each_through_its_index_whatever_the_planner_thinks_of_the_store()
            throws Exception {
        int streams = 1000;
        int eventsEach = 30;
        List<EventStore.Append> appends = new ArrayList<>();
        Map<String, Long> cachedVersions = new HashMap<>();
        for (int i = 0; i < streams; i++) {
            String sku = "SKU-PLAN-" + i;
            appends.add(store.prepare(StreamId.of("StockItem", sku), 0,
                    IntStream.rangeClosed(1, eventsEach).mapToObj(delta -> adjusted(sku, delta)).toList(),
                    EventMetadata.newFlow(), null));
            cachedVersions.put(sku, (long) eventsEach - 1);
        }
        transactions.inTransaction(c -> {
            store.write(c, appends);
            return null;
        });

        StringBuilder plan = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("analyze event_store");
            // A store many times this size, in the planner's eyes: random reads dear against a scan of everything.
            connection.createStatement().execute("set random_page_cost = 100");
            try (PreparedStatement explain = connection.prepareStatement("explain " + EventStore.LOAD_MANY)) {
                explain.setArray(1, connection.createArrayOf("varchar", cachedVersions.keySet().toArray()));
                explain.setArray(2, connection.createArrayOf("bigint", cachedVersions.values().toArray()));
                explain.setString(3, "StockItem");
                try (ResultSet rs = explain.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            } finally {
                connection.createStatement().execute("reset random_page_cost");
            }
        }

        assertThat(plan.toString()).doesNotContain("Seq Scan").contains("event_store_stream_version");
        Map<String, List<StoredEvent>> caughtUp = transactions.inTransaction(
                c -> store.load(c, "StockItem", cachedVersions));
        assertThat(caughtUp).hasSize(streams);
        assertThat(caughtUp.values()).allSatisfy(events -> assertThat(events).singleElement()
                .extracting(StoredEvent::version).isEqualTo((long) eventsEach));
    }

    @Test
    void a_writer_that_loaded_an_old_version_loses_with_a_conflict_and_writes_nothing() throws Exception {
        StreamId stream = StreamId.of("StockItem", "SKU-RACE");
        transactions.inTransaction(c -> store.append(c, stream, 0, List.of(adjusted("SKU-RACE", 1)),
                EventMetadata.newFlow(), Topics.INVENTORY_EVENTS));

        assertRefusedOnceWithoutRetry(List.of(store.prepare(stream, 0, List.of(adjusted("SKU-RACE", 7)),
                EventMetadata.newFlow(), Topics.INVENTORY_EVENTS)), "StockItem/SKU-RACE");

        assertThat(load(stream)).hasSize(1);
        assertThat(count("select count(*) from outbox where message_key = 'SKU-RACE'")).isEqualTo(1);
    }

    @Test
    void one_stale_stream_in_a_batch_of_appends_refuses_the_whole_batch() throws Exception {
        StreamId fresh = StreamId.of("StockItem", "SKU-BATCH-FRESH");
        StreamId stale = StreamId.of("StockItem", "SKU-BATCH-STALE");
        transactions.inTransaction(c -> store.append(c, stale, 0, List.of(adjusted("SKU-BATCH-STALE", 1)),
                EventMetadata.newFlow(), null));

        assertRefusedOnceWithoutRetry(List.of(
                store.prepare(fresh, 0, List.of(adjusted("SKU-BATCH-FRESH", 4)), EventMetadata.newFlow(),
                        Topics.INVENTORY_EVENTS),
                store.prepare(stale, 0, List.of(adjusted("SKU-BATCH-STALE", 9)), EventMetadata.newFlow(),
                        Topics.INVENTORY_EVENTS)), "StockItem/SKU-BATCH-STALE");

        assertThat(load(fresh)).isEmpty();
        assertThat(load(stale)).hasSize(1);
        assertThat(count("select count(*) from outbox where message_key like 'SKU-BATCH-%'")).isZero();
    }

    @Test
    void a_write_longer_than_one_statement_takes_writes_every_event_and_still_refuses_a_stale_stream_at_its_end()
            throws Exception {
        int many = 2 * ColumnArrays.MAX_ROWS + 500;
        List<StockAdjusted> events = IntStream.rangeClosed(1, many).mapToObj(i -> adjusted("SKU-LONG", i)).toList();
        StreamId longStream = StreamId.of("StockItem", "SKU-LONG");
        transactions.inTransaction(c -> {
            store.write(c, List.of(store.prepare(longStream, 0, events, EventMetadata.newFlow(), Topics.INVENTORY_EVENTS)));
            return null;
        });
        assertThat(load(longStream)).hasSize(many).last().extracting(StoredEvent::version).isEqualTo((long) many);
        assertThat(count("select count(*) from outbox where message_key = 'SKU-LONG'")).isEqualTo(many);

        StreamId stale = StreamId.of("StockItem", "SKU-LONG-STALE");
        transactions.inTransaction(c -> store.append(c, stale, 0, List.of(adjusted("SKU-LONG-STALE", 1)),
                EventMetadata.newFlow(), null));
        StreamId fresh = StreamId.of("StockItem", "SKU-LONG-FRESH");
        List<StockAdjusted> freshEvents = IntStream.rangeClosed(1, many)
                .mapToObj(i -> adjusted("SKU-LONG-FRESH", i)).toList();
        assertRefusedOnceWithoutRetry(List.of(
                store.prepare(fresh, 0, freshEvents, EventMetadata.newFlow(), Topics.INVENTORY_EVENTS),
                store.prepare(stale, 0, List.of(adjusted("SKU-LONG-STALE", 9)), EventMetadata.newFlow(),
                        Topics.INVENTORY_EVENTS)), "StockItem/SKU-LONG-STALE");
        assertThat(load(fresh)).isEmpty();
        assertThat(count("select count(*) from outbox where message_key = 'SKU-LONG-FRESH'")).isZero();
    }

    @Test
    void a_batch_of_appends_to_several_streams_writes_every_event_and_its_outbox_record() throws Exception {
        StreamId first = StreamId.of("StockItem", "SKU-MANY-1");
        StreamId second = StreamId.of("StockItem", "SKU-MANY-2");
        transactions.inTransaction(c -> {
            store.write(c, List.of(
                    store.prepare(first, 0, List.of(adjusted("SKU-MANY-1", 1), adjusted("SKU-MANY-1", 2)),
                            EventMetadata.newFlow(), Topics.INVENTORY_EVENTS),
                    store.prepare(second, 0, List.of(adjusted("SKU-MANY-2", 3)), EventMetadata.newFlow(), null)));
            return null;
        });

        assertThat(load(first)).extracting(StoredEvent::version).containsExactly(1L, 2L);
        assertThat(load(second)).extracting(StoredEvent::payload).containsExactly(adjusted("SKU-MANY-2", 3));
        assertThat(count("select count(*) from outbox where message_key = 'SKU-MANY-1'")).isEqualTo(2);
        assertThat(count("select count(*) from outbox where message_key = 'SKU-MANY-2'")).isZero();
    }

    @Test
    void the_outbox_is_told_of_records_queued_however_they_were_written_and_not_of_events_that_publish_nothing() {
        AtomicInteger told = new AtomicInteger();
        EventStore listened = new EventStore(Clock.systemUTC(), new Outbox(told::incrementAndGet));
        List<StockAdjusted> many = IntStream.rangeClosed(1, CopyRows.FROM_ROWS)
                .mapToObj(i -> adjusted("SKU-TOLD-COPIED", i)).toList();

        transactions.inTransaction(c -> listened.append(c, StreamId.of("StockItem", "SKU-TOLD-QUIET"), 0,
                List.of(adjusted("SKU-TOLD-QUIET", 1)), EventMetadata.newFlow(), null));
        assertThat(told).hasValue(0);
        transactions.inTransaction(c -> listened.append(c, StreamId.of("StockItem", "SKU-TOLD-INSERTED"), 0,
                List.of(adjusted("SKU-TOLD-INSERTED", 1)), EventMetadata.newFlow(), Topics.INVENTORY_EVENTS));
        assertThat(told).hasValue(1);
        transactions.inTransaction(c -> listened.append(c, StreamId.of("StockItem", "SKU-TOLD-COPIED"), 0,
                many, EventMetadata.newFlow(), Topics.INVENTORY_EVENTS));
        assertThat(told).hasValue(2);
    }

    @Test
    void the_operator_of_a_command_is_stored_with_its_events_and_published_in_their_envelopes() throws Exception {
        StreamId stream = StreamId.of("StockItem", "SKU-WHO");
        transactions.inTransaction(c -> store.append(c, stream, 0, List.of(adjusted("SKU-WHO", 3)),
                EventMetadata.newFlowBy("ana"), Topics.INVENTORY_EVENTS));
        transactions.inTransaction(c -> store.append(c, stream, 1, List.of(adjusted("SKU-WHO", 1)),
                EventMetadata.causedBy(null, "e-0"), Topics.INVENTORY_EVENTS));

        List<StoredEvent> loaded = transactions.inTransaction(c -> store.load(c, stream));
        assertThat(loaded).extracting(StoredEvent::operator).containsExactly("ana", null);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select payload::jsonb->>'operator' from outbox where message_key = 'SKU-WHO'"
                     + " order by position")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ana");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNull();
        }
    }

    @Test
    void appended_events_wait_in_the_outbox_keyed_by_aggregate_with_id_and_type_headers() throws Exception {
        StreamId stream = StreamId.of("StockItem", "SKU-OUT");
        List<StoredEvent> stored = transactions.inTransaction(c -> store.append(c, stream, 0,
                List.of(adjusted("SKU-OUT", 3)), EventMetadata.newFlow(), Topics.INVENTORY_EVENTS));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select topic, message_key, headers->>'eventId', headers->>'eventType',"
                     + " payload::jsonb->>'aggregateVersion' from outbox where message_key = 'SKU-OUT'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Topics.INVENTORY_EVENTS);
            assertThat(rs.getString(2)).isEqualTo("SKU-OUT");
            assertThat(rs.getString(3)).isEqualTo(stored.get(0).eventId().toString());
            assertThat(rs.getString(4)).isEqualTo("StockAdjusted");
            assertThat(rs.getString(5)).isEqualTo("1");
        }
    }

    @Test
    void the_published_envelope_is_the_one_the_stored_event_makes_with_its_data_written_once() throws Exception {
        StreamId stream = StreamId.of("StockItem", "SKU-ENVELOPE");
        List<StoredEvent> stored = transactions.inTransaction(c -> store.append(c, stream, 0,
                List.of(adjusted("SKU-ENVELOPE", -2)), EventMetadata.newFlowBy("ana"), Topics.INVENTORY_EVENTS));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select payload from outbox where message_key = 'SKU-ENVELOPE'")) {
            assertThat(rs.next()).isTrue();
            EventEnvelope published = ContractJson.readEnvelope(rs.getString(1));
            assertThat(published).isEqualTo(stored.get(0).toEnvelope());
            assertThat(ContractJson.dataOf(published)).isEqualTo(adjusted("SKU-ENVELOPE", -2));
        }
    }

    @Test
    void many_threads_appending_to_one_aggregate_end_with_a_gapless_version_sequence_and_no_lost_event()
            throws Exception {
        StreamId stream = StreamId.of("StockItem", "SKU-HOT");
        int threads = 8;
        int eventsPerThread = 25;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int writer = t;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < eventsPerThread; i++) {
                    int delta = writer * 1000 + i;
                    transactions.inTransaction(c -> {
                        long version = store.load(c, stream).size();
                        try {
                            return store.append(c, stream, version, List.of(adjusted("SKU-HOT", delta)),
                                    EventMetadata.newFlow(), Topics.INVENTORY_EVENTS);
                        } catch (ConcurrencyConflictException e) {
                            conflicts.incrementAndGet();
                            throw e;
                        }
                    });
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        List<StoredEvent> events = load(stream);
        assertThat(events).extracting(StoredEvent::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, threads * eventsPerThread)
                        .boxed().toList());
        assertThat(events).extracting(e -> ((StockAdjusted) e.payload()).delta())
                .doesNotHaveDuplicates()
                .hasSize(threads * eventsPerThread);
        assertThat(count("select count(*) from outbox where message_key = 'SKU-HOT'"))
                .isEqualTo(threads * eventsPerThread);
        assertThat(conflicts.get()).as("the writers really raced").isPositive();
    }

    /** Writes the appends in a transaction that is not tried again, and expects the stale stream's conflict. */
    private void assertRefusedOnceWithoutRetry(List<EventStore.Append> appends, String staleStream) {
        assertThatThrownBy(() -> new JdbcTransactions(dataSource, new ConflictRetry(1, Duration.ZERO, Duration.ZERO))
                .inTransaction(c -> {
                    store.write(c, appends);
                    return null;
                }))
                .isInstanceOf(ConcurrencyConflictException.class)
                .hasMessageContaining(staleStream);
    }

    private List<StoredEvent> load(StreamId stream) {
        List<StoredEvent> events = transactions.inTransaction(c -> store.load(c, stream));
        return events;
    }

    private static StockAdjusted adjusted(String sku, int delta) {
        return new StockAdjusted(sku, delta, "count", 0);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
