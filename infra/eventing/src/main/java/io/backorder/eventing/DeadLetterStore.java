package io.backorder.eventing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.backorder.contracts.ContractJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dead_letter table: every record a consumer refused as poison, kept for operators to see and
 * send again. Works on the caller's connection and transaction, like the event store.
 */
public final class DeadLetterStore {

    /** One page of dead letters, newest first, with the number of all that match the filter. */
    public record Page(List<DeadLetter> deadLetters, int page, int size, long total) {
    }

    /** Which dead letters to list: a consumer and a topic (either may be null for all), and the page. */
    public record Query(String consumer, String topic, int page, int size) {
        public Query {
            if (page < 0 || size < 1) {
                throw new IllegalArgumentException("page from 0 and size from 1");
            }
        }
    }

    private static final String COLUMNS = """
            id, consumer, topic, record_partition, record_offset, message_key, payload, headers::text as headers,
            event_id, reason, created_at, retried_at, retry_outcome""";

    private static final String INSERT = """
            insert into dead_letter (consumer, topic, record_partition, record_offset, message_key, payload, headers,
                                     event_id, reason)
            values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            on conflict on constraint dead_letter_once do nothing
            returning id""";

    private final Outbox outbox;

    public DeadLetterStore(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Keeps the record as a dead letter of the consumer and queues it for {@code <topic>.dlq}, both
     * in the caller's transaction. A record this consumer dead-lettered before is left as it was.
     */
    public void add(Connection connection, String consumer, IncomingRecord record, String reason) {
        IncomingRecord storable = Storable.record(record);
        String why = DeadLetters.truncate(Storable.text(reason));
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setString(2, storable.topic());
            insert.setInt(3, storable.partition());
            insert.setLong(4, storable.offset());
            insert.setString(5, storable.key());
            insert.setString(6, storable.value());
            insert.setString(7, ContractJson.mapper().writeValueAsString(storable.headers()));
            insert.setString(8, storable.eventId());
            insert.setString(9, why);
            try (ResultSet rs = insert.executeQuery()) {
                if (rs.next()) {
                    outbox.enqueue(connection, DeadLetters.of(storable, consumer, rs.getLong(1), why));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new EventingException("could not keep dead letter " + record + " of " + consumer, e);
        }
    }

    public Page page(Connection connection, Query query) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (query.consumer() != null) {
            conditions.add("consumer = ?");
            values.add(query.consumer());
        }
        if (query.topic() != null) {
            conditions.add("topic = ?");
            values.add(query.topic());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from dead_letter" + where + " order by id desc limit ? offset ?");
             PreparedStatement count = connection.prepareStatement("select count(*) from dead_letter" + where)) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
                count.setString(i + 1, values.get(i));
            }
            select.setInt(values.size() + 1, query.size());
            select.setLong(values.size() + 2, (long) query.page() * query.size());
            List<DeadLetter> page = read(select);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Page(page, query.page(), query.size(), rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new EventingException("could not list dead letters", e);
        }
    }

    public Optional<DeadLetter> find(Connection connection, long id) {
        return one(connection, "select " + COLUMNS + " from dead_letter where id = ?", id);
    }

    /** The dead letter, locked until the caller's transaction ends: two retries of it run one after the other. */
    public Optional<DeadLetter> lock(Connection connection, long id) {
        return one(connection, "select " + COLUMNS + " from dead_letter where id = ? for update", id);
    }

    /** Records that a retry handled the dead letter: it cannot be retried again. */
    public DeadLetter retried(Connection connection, long id) {
        update(connection, "update dead_letter set retried_at = now(), retry_outcome = 'handled' where id = ?", id, null);
        return find(connection, id).orElseThrow();
    }

    /** Records why a retry was refused again; the dead letter stays retryable. */
    public void refusedAgain(Connection connection, long id, String reason) {
        update(connection, "update dead_letter set retry_outcome = ? where id = ? and retried_at is null", id,
                "refused again: " + DeadLetters.truncate(Storable.text(reason)));
    }

    private static void update(Connection connection, String sql, long id, String outcome) {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            if (outcome != null) {
                update.setString(index++, outcome);
            }
            update.setLong(index, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not update dead letter " + id, e);
        }
    }

    private static Optional<DeadLetter> one(Connection connection, String sql, long id) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            return read(select).stream().findFirst();
        } catch (SQLException e) {
            throw new EventingException("could not read dead letter " + id, e);
        }
    }

    private static List<DeadLetter> read(PreparedStatement select) throws SQLException {
        List<DeadLetter> letters = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                letters.add(new DeadLetter(rs.getLong("id"), rs.getString("consumer"), rs.getString("topic"),
                        rs.getInt("record_partition"), rs.getLong("record_offset"), rs.getString("message_key"),
                        rs.getString("payload"), headers(rs.getString("headers")), rs.getString("event_id"),
                        rs.getString("reason"), Timestamps.fromJdbc(rs, "created_at"),
                        Timestamps.fromJdbc(rs, "retried_at"), rs.getString("retry_outcome")));
            }
        }
        return letters;
    }

    private static Map<String, String> headers(String json) {
        try {
            return json == null ? Map.of() : ContractJson.mapper().readValue(json, new TypeReference<HashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new EventingException("the dead_letter table holds unreadable headers: " + json, e);
        }
    }
}
