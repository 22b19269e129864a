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

    /** Every record of a write in one statement; positions follow the order of the list. */
    private static final String INSERT = """
            insert into outbox (event_id, topic, message_key, headers, payload)
            select event_id, topic, message_key, headers::jsonb, payload
              from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::text[]) with ordinality
                   as r(event_id, topic, message_key, headers, payload, n)
             order by n""";

    public void enqueue(Connection connection, List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int size = messages.size();
        Object[] eventIds = new Object[size];
        Object[] topics = new Object[size];
        Object[] keys = new Object[size];
        Object[] headers = new Object[size];
        Object[] payloads = new Object[size];
        try {
            for (int i = 0; i < size; i++) {
                OutboxMessage message = messages.get(i);
                eventIds[i] = message.eventId();
                topics[i] = message.topic();
                keys[i] = message.key();
                headers[i] = ContractJson.mapper().writeValueAsString(message.headers());
                payloads[i] = message.payload();
            }
        } catch (JsonProcessingException e) {
            throw new EventingException("could not write the headers of an outbox record", e);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, connection.createArrayOf("varchar", eventIds));
            insert.setArray(2, connection.createArrayOf("varchar", topics));
            insert.setArray(3, connection.createArrayOf("varchar", keys));
            insert.setArray(4, connection.createArrayOf("text", headers));
            insert.setArray(5, connection.createArrayOf("text", payloads));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not write " + size + " records to the outbox", e);
        }
    }

    public void enqueue(Connection connection, OutboxMessage message) {
        enqueue(connection, List.of(message));
    }
}
