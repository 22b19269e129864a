package io.backorder.eventing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.backorder.contracts.ContractJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes records to publish into the outbox table, in the caller's transaction, so that they are
 * published if and only if the state change that produced them commits.
 */
public final class Outbox {

    private static final String INSERT = """
            insert into outbox (event_id, topic, message_key, headers, payload)
            values (?, ?, ?, ?::jsonb, ?)""";

    public void enqueue(Connection connection, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (OutboxMessage message : messages) {
                insert.setString(1, message.eventId());
                insert.setString(2, message.topic());
                insert.setString(3, message.key());
                insert.setString(4, ContractJson.mapper().writeValueAsString(message.headers()));
                insert.setString(5, message.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new EventingException("could not write " + messages.size() + " records to the outbox", e);
        }
    }

    public void enqueue(Connection connection, OutboxMessage message) {
        enqueue(connection, List.of(message));
    }
}
