package io.backorder.eventing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.EventTypes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import org.postgresql.util.PSQLException;

/**
 * Appends and loads aggregate event streams in the service's own database. Works on the caller's
 * connection and transaction: the events, their outbox records and the caller's read-model writes
 * commit together or not at all.
 */
public final class EventStore {

    /** The columns a write gives each event, in the order of {@link #eventColumns}. */
    private static final String INSERT_COLUMNS = "event_id, aggregate_type, aggregate_id, aggregate_version,"
            + " event_type, schema_version, data, occurred_at, correlation_id, causation_id, operator";
    /**
     * A run too short for COPY in one statement. A row whose stream version is taken is skipped, not an error, and
     * is missing from what the statement returns: that is how a stale writer is found, whatever the driver's
     * batching settings.
     */
    private static final String INSERT = "insert into event_store (" + INSERT_COLUMNS + ") " + """
            select id, aggregate_type, aggregate_id, version, event_type, schema_version, data::json,
                   occurred_at::timestamptz, correlation_id, causation_id, operator
              from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[], ?::int[], ?::text[],
                          ?::text[], ?::varchar[], ?::varchar[], ?::varchar[])
                   as e(id, aggregate_type, aggregate_id, version, event_type, schema_version, data, occurred_at,
                        correlation_id, causation_id, operator)
            on conflict on constraint event_store_stream_version do nothing
            returning event_id""";
    private static final String[] COLUMN_TYPES = {"uuid", "varchar", "varchar", "int8", "varchar", "int4", "text",
            "text", "varchar", "varchar", "varchar"};
    /**
     * The constraint a stale writer breaks in a COPY, which has no {@code on conflict}: its events take stream
     * versions another writer's events hold. Checked by name, so no other failure passes for a conflict.
     */
    private static final String STREAM_VERSION_CONSTRAINT = "event_store_stream_version";
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = """
            global_position, event_id, aggregate_type, aggregate_id, aggregate_version, event_type,
            schema_version, data::text as data, occurred_at, correlation_id, causation_id, operator""";

    private static final String LOAD = "select " + COLUMNS + """
             from event_store
            where aggregate_type = ? and aggregate_id = ? and aggregate_version > ?
            order by aggregate_version""";

    /**
     * An index range scan per stream, whatever the planner thinks of the table: as a join, it chose a hash join over
     * a scan of the whole store once the store was large (158 ms against 27 ms for 1,000 items after a fill's
     * 200,000 events, and growing with the store). The ordered subquery is not flattened into a join.
     */
    static final String LOAD_MANY = "select " + COLUMNS + """
             from unnest(?::varchar[], ?::bigint[]) with ordinality as s(stream_id, after_version, n)
             cross join lateral (select * from event_store e
                                  where e.aggregate_type = ? and e.aggregate_id = s.stream_id
                                    and e.aggregate_version > s.after_version
                                  order by e.aggregate_version) e
            order by s.n""";

    private final Clock clock;
    private final Outbox outbox;

    public EventStore(Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
    }

    /** The whole stream, oldest first; empty for a stream never written. */
    public List<StoredEvent> load(Connection connection, StreamId stream) {
        return load(connection, stream, 0);
    }

    /** The events after the given version, oldest first (for catching up from a snapshot). */
    public List<StoredEvent> load(Connection connection, StreamId stream, long afterVersion) {
        try (PreparedStatement select = connection.prepareStatement(LOAD)) {
            select.setString(1, stream.aggregateType());
            select.setString(2, stream.aggregateId());
            select.setLong(3, afterVersion);
            return read(select);
        } catch (SQLException e) {
            throw new EventingException("could not load stream " + stream, e);
        }
    }

    /**
     * The events of many streams of one type, each after its own version, in one query (for catching up many cached
     * aggregates at once): by aggregate id, oldest first; a stream with nothing new is absent.
     */
    public Map<String, List<StoredEvent>> load(Connection connection, String aggregateType,
                                               Map<String, Long> afterVersions) {
        Map<String, List<StoredEvent>> byStream = new HashMap<>();
        if (afterVersions.isEmpty()) {
            return byStream;
        }
        try (PreparedStatement select = connection.prepareStatement(LOAD_MANY)) {
            select.setArray(1, connection.createArrayOf("varchar", afterVersions.keySet().toArray(String[]::new)));
            select.setArray(2, connection.createArrayOf("bigint", afterVersions.values().toArray(Long[]::new)));
            select.setString(3, aggregateType);
            for (StoredEvent event : read(select)) {
                byStream.computeIfAbsent(event.stream().aggregateId(), id -> new ArrayList<>()).add(event);
            }
            return byStream;
        } catch (SQLException e) {
            throw new EventingException("could not load " + afterVersions.size() + " streams of " + aggregateType, e);
        }
    }

    /**
     * Appends events to a stream that the caller loaded at {@code expectedVersion}, and, when a
     * topic is given, queues each for publication keyed by the aggregate id.
     *
     * @throws ConcurrencyConflictException when another writer appended to the stream meanwhile
     */
    public List<StoredEvent> append(Connection connection, StreamId stream, long expectedVersion,
                                    List<? extends EventData> events, EventMetadata metadata, String topic) {
        Append append = prepare(stream, expectedVersion, events, metadata, topic);
        write(connection, List.of(append));
        return append.events();
    }

    /**
     * Events decided on a stream loaded at {@code expectedVersion}, numbered and stamped, not yet written; with the
     * trace they were decided in ({@link TraceHeaders}), taken when they were decided: a unit of work writes them
     * later, at commit, outside the span of the request or record that decided them.
     */
    public record Append(StreamId stream, long expectedVersion, List<StoredEvent> events, String topic,
                         Map<String, String> trace) {

        public Append {
            trace = Map.copyOf(trace);
        }
    }

    /** Numbers and stamps events for {@link #write}; touches no database. */
    public Append prepare(StreamId stream, long expectedVersion, List<? extends EventData> events,
                          EventMetadata metadata, String topic) {
        List<StoredEvent> stored = new ArrayList<>(events.size());
        long version = expectedVersion;
        for (EventData event : events) {
            String type = EventTypes.typeOf(event.getClass());
            stored.add(new StoredEvent(0, UUID.randomUUID(), stream, ++version, type, EventTypes.schemaVersionOf(type),
                    event, clock.instant(), metadata.correlationId(), metadata.causationId(), metadata.operator()));
        }
        Map<String, String> trace = new HashMap<>();
        TraceHeaders.addCurrent(trace);
        return new Append(stream, expectedVersion, List.copyOf(stored), topic, trace);
    }

    /**
     * Writes prepared appends of any number of streams: each run of events ({@link ColumnArrays#runs}) in one
     * statement, then their outbox records in another, so that a write of any size holds the JSON of two runs at a
     * time: while one run is written, the next one's JSON is made on another thread (a fill of 100,000 lines is a
     * hundred runs, and the database's time and the JSON's no longer add up).
     *
     * @throws ConcurrencyConflictException when another writer appended to one of the streams meanwhile
     */
    public void write(Connection connection, List<Append> appends) {
        List<Row> rows = new ArrayList<>();
        for (Append append : appends) {
            append.events().forEach(event -> rows.add(new Row(event, append)));
        }
        if (rows.isEmpty()) {
            return;
        }
        List<List<Row>> runs = ColumnArrays.runs(rows);
        Run run = Run.of(runs.get(0));
        for (int i = 0; i < runs.size(); i++) {
            CompletableFuture<Run> following = i + 1 < runs.size() ? ahead(runs.get(i + 1)) : null;
            writeRun(connection, run);
            if (following != null) {
                run = joined(following);
            }
        }
    }

    /** An event of a write, with the append it belongs to. */
    private record Row(StoredEvent event, Append append) {
    }

    /** A run of a write made ready for its statements: its rows' columns and its outbox records. */
    private record Run(List<Row> rows, List<Object[]> columns, List<OutboxMessage> publications) {

        static Run of(List<Row> rows) {
            List<String> data = dataOf(rows);
            List<OutboxMessage> publications = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.append().topic() != null) {
                    publications.add(toOutbox(row.event(), data.get(i), row.append().topic(), row.append().trace()));
                }
            }
            return new Run(rows, eventColumns(rows, data), publications);
        }
    }

    /**
     * The common pool, named: with fewer than three cores its parallelism is 1, and {@code supplyAsync} alone would
     * then start a thread per run.
     */
    private static CompletableFuture<Run> ahead(List<Row> rows) {
        return CompletableFuture.supplyAsync(() -> Run.of(rows), ForkJoinPool.commonPool());
    }

    private static Run joined(CompletableFuture<Run> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new EventingException("could not prepare events", e.getCause());
        }
    }

    /**
     * Writes a run's events and their outbox records. A run too short for COPY writes both in one statement, the
     * outbox's insert leading the events' ({@link Outbox#INSERT_FIRST}): a command's transaction is a few round
     * trips, and under load each one waits for the database's turn on a core (in a wall-clock profile of a
     * storefront order's import, 85 % of its time was spent waiting for the database's answers). A stale writer's
     * outbox records are then written too, and rolled back with the rest of its transaction, as its conflict ends
     * it; nothing catches the conflict inside the transaction.
     *
     * @throws ConcurrencyConflictException when one of the run's stream versions is taken
     */
    private void writeRun(Connection connection, Run run) {
        if (!run.publications().isEmpty() && !CopyRows.pays(run.rows().size())) {
            insert(connection, run, Outbox.rows(run.publications()));
            outbox.queued();
        } else {
            insert(connection, run, List.of());
            outbox.enqueue(connection, run.publications());
        }
    }

    /**
     * Writes a run with COPY where that pays ({@link CopyRows#pays}), with an insert of column arrays otherwise,
     * led by the insert of {@code outboxRows} when there are any (never with COPY).
     *
     * @throws ConcurrencyConflictException when one of the run's stream versions is taken
     */
    private static void insert(Connection connection, Run run, List<Object[]> outboxRows) {
        try {
            if (CopyRows.pays(run.rows().size())) {
                CopyRows.copy(connection, "event_store", INSERT_COLUMNS, run.columns());
            } else {
                refuseStaleWriters(run.rows(), inserted(connection, run, outboxRows));
            }
        } catch (SQLException e) {
            if (e instanceof PSQLException refused && UNIQUE_VIOLATION.equals(refused.getSQLState())
                    && refused.getServerErrorMessage() != null
                    && STREAM_VERSION_CONSTRAINT.equals(refused.getServerErrorMessage().getConstraint())) {
                throw staleWriter(run.rows(), refused.getServerErrorMessage().getDetail());
            }
            throw new EventingException("could not append " + run.rows().size() + " events", e);
        }
    }

    /** The ids of the run's events that were written. */
    private static Set<UUID> inserted(Connection connection, Run run, List<Object[]> outboxRows) throws SQLException {
        Set<UUID> written = new HashSet<>(run.rows().size() * 2);
        try (PreparedStatement insert = connection.prepareStatement(outboxRows.isEmpty() ? INSERT
                : Outbox.INSERT_FIRST + INSERT)) {
            int next = outboxRows.isEmpty() ? 1
                    : ColumnArrays.bind(connection, insert, 1, Outbox.COLUMN_TYPES, outboxRows);
            ColumnArrays.bind(connection, insert, next, COLUMN_TYPES, run.columns());
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    written.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return written;
    }

    /** A row the insert skipped on the stream-version constraint: its writer loaded the stream before another's. */
    private static void refuseStaleWriters(List<Row> run, Set<UUID> written) {
        if (written.size() < run.size()) {
            for (Row row : run) {
                if (!written.contains(row.event().eventId())) {
                    throw new ConcurrencyConflictException(row.append().stream(), row.append().expectedVersion());
                }
            }
        }
    }

    /**
     * The conflict of the append whose event the server named ({@code Key (aggregate_type, aggregate_id,
     * aggregate_version)=(StockItem, SKU-1, 5) already exists.}); the run's first if the detail names none of them.
     */
    private static ConcurrencyConflictException staleWriter(List<Row> run, String detail) {
        Row stale = run.get(0);
        for (Row row : run) {
            StoredEvent event = row.event();
            String key = "=(" + event.stream().aggregateType() + ", " + event.stream().aggregateId() + ", "
                    + event.version() + ")";
            if (detail != null && detail.contains(key)) {
                stale = row;
                break;
            }
        }
        return new ConcurrencyConflictException(stale.append().stream(), stale.append().expectedVersion());
    }

    /** Each event's data as JSON, written once for both its row and its envelope. */
    private static List<String> dataOf(List<Row> run) {
        List<String> data = new ArrayList<>(run.size());
        try {
            for (Row row : run) {
                data.add(ContractJson.mapper().writeValueAsString(row.event().payload()));
            }
        } catch (JsonProcessingException e) {
            throw new EventingException("could not write an event as JSON", e);
        }
        return data;
    }

    private static List<Object[]> eventColumns(List<Row> run, List<String> data) {
        List<Object[]> rows = new ArrayList<>(run.size());
        for (int i = 0; i < run.size(); i++) {
            StoredEvent event = run.get(i).event();
            rows.add(new Object[] {event.eventId(), event.stream().aggregateType(), event.stream().aggregateId(),
                    event.version(), event.type(), event.schemaVersion(), data.get(i), event.occurredAt(),
                    event.correlationId(), event.causationId(), event.operator()});
        }
        return rows;
    }

    /** The envelope takes the data's JSON as it is, not as a tree built again from the record. */
    private static OutboxMessage toOutbox(StoredEvent event, String data, String topic, Map<String, String> trace) {
        EventEnvelope envelope = new EventEnvelope(event.eventId().toString(), event.type(), event.schemaVersion(),
                event.stream().aggregateId(), event.version(), event.occurredAt(), event.correlationId(),
                event.causationId(), event.operator(), JsonNodeFactory.instance.rawValueNode(new RawValue(data)));
        Map<String, String> headers = new HashMap<>();
        headers.put(EventHeaders.EVENT_ID, envelope.eventId());
        headers.put(EventHeaders.EVENT_TYPE, envelope.type());
        if (envelope.correlationId() != null) {
            headers.put(EventHeaders.CORRELATION_ID, envelope.correlationId());
        }
        headers.putAll(trace);
        return new OutboxMessage(envelope.eventId(), topic, envelope.aggregateId(), headers,
                ContractJson.writeEnvelope(envelope));
    }

    private static List<StoredEvent> read(PreparedStatement select) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString("event_type");
                events.add(new StoredEvent(
                        rs.getLong("global_position"),
                        rs.getObject("event_id", UUID.class),
                        StreamId.of(rs.getString("aggregate_type"), rs.getString("aggregate_id")),
                        rs.getLong("aggregate_version"),
                        type,
                        rs.getInt("schema_version"),
                        parse(type, rs.getString("data")),
                        Timestamps.fromJdbc(rs, "occurred_at"),
                        rs.getString("correlation_id"),
                        rs.getString("causation_id"),
                        rs.getString("operator")));
            }
        }
        return events;
    }

    /** Straight from the stored text to the event's record: one pass, no tree in between. */
    private static EventData parse(String type, String json) {
        try {
            return ContractJson.mapper().readValue(json, EventTypes.classOf(type));
        } catch (JsonProcessingException e) {
            throw new EventingException("the event store holds an unreadable " + type, e);
        }
    }
}
