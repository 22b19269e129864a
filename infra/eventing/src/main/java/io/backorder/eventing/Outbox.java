package io.backorder.eventing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.backorder.contracts.ContractJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records to publish into the outbox table, in the caller's transaction, so that they are
 * published if and only if the state change that produced them commits.
 */
public final class Outbox {

    /** Told, in the writing transaction, that it queued records: the relay need not look after any other. */
    @FunctionalInterface
    public interface QueuedListener {
        QueuedListener NONE = () -> { };

        void queued();
    }

    /** The columns of a record, in the order of each row; positions follow the order of the rows. */
    private static final String COLUMNS = "event_id, topic, message_key, headers, payload";
    /** A run too short for COPY in one statement. */
    private static final String INSERT = "insert into outbox (" + COLUMNS + ") " + """
            select event_id, topic, message_key, headers::jsonb, payload
              from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[]) with ordinality
                   as r(event_id, topic, message_key, headers, payload, n)
             order by n""";
    static final String[] COLUMN_TYPES = {"varchar", "varchar", "varchar", "text", "text"};
    /**
     * {@link #INSERT} as a data-modifying common table expression, with {@link #COLUMN_TYPES} as its first
     * parameters: a statement that writes other rows after it (the events these records publish) writes both in
     * one round trip.
     */
    static final String INSERT_FIRST = "with queued as (" + INSERT + ")\n";

    private final QueuedListener listener;

    public Outbox(QueuedListener listener) {
        this.listener = listener;
    }

    public Outbox() {
        this(QueuedListener.NONE);
    }

    public void enqueue(Connection connection, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Object[]> rows = rows(messages);
        try {
            for (List<Object[]> run : ColumnArrays.runs(rows)) {
                if (CopyRows.pays(run.size())) {
                    CopyRows.copy(connection, "outbox", COLUMNS, run);
                } else {
                    insert(connection, run);
                }
            }
        } catch (SQLException e) {
            throw new EventingException("could not write " + rows.size() + " records to the outbox", e);
        }
        queued();
    }

    /** For a writer that inserted rows itself ({@link #INSERT_FIRST}). */
    void queued() {
        listener.queued();
    }

    /** The records as rows of {@link #COLUMN_TYPES}. */
    static List<Object[]> rows(List<OutboxMessage> messages) {
        List<Object[]> rows = new ArrayList<>(messages.size());
        try {
            for (OutboxMessage message : messages) {
                rows.add(new Object[] {message.eventId(), message.topic(), message.key(),
                        ContractJson.mapper().writeValueAsString(message.headers()), message.payload()});
            }
        } catch (JsonProcessingException e) {
            throw new EventingException("could not write the headers of an outbox record", e);
        }
        return rows;
    }

    private static void insert(Connection connection, List<Object[]> run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            ColumnArrays.bind(connection, insert, COLUMN_TYPES, run);
            insert.executeUpdate();
        }
    }

    public void enqueue(Connection connection, OutboxMessage message) {
        enqueue(connection, List.of(message));
    }
}
