package io.backorder.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What every published event travels in: who it is (eventId), what it says (type, schemaVersion, data), which
 * aggregate it belongs to and at which version, which request and event led to it (correlationId,
 * causationId), and the signed-in user whose command decided it (operator). The Kafka key is {@code aggregateId}.
 *
 * @param operator the authenticated user of the HTTP command that decided the event; absent (null, and left out
 *                 of the JSON) for events decided by the system or caused by another event, whose causationId
 *                 leads back to the command
 */
public record EventEnvelope(
        String eventId,
        String type,
        int schemaVersion,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        String correlationId,
        String causationId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String operator,
        JsonNode data) {

    /** An envelope without an operator: what the system or another event decided. */
    public EventEnvelope(String eventId, String type, int schemaVersion, String aggregateId, long aggregateVersion,
                         Instant occurredAt, String correlationId, String causationId, JsonNode data) {
        this(eventId, type, schemaVersion, aggregateId, aggregateVersion, occurredAt, correlationId, causationId,
                null, data);
    }

    /** Wraps event data, taking its type and schema version from {@link EventTypes}. */
    public static EventEnvelope of(String eventId, String aggregateId, long aggregateVersion, Instant occurredAt,
                                   String correlationId, String causationId, EventData data) {
        String type = EventTypes.typeOf(data.getClass());
        return new EventEnvelope(eventId, type, EventTypes.schemaVersionOf(type), aggregateId, aggregateVersion,
                occurredAt, correlationId, causationId, ContractJson.toData(data));
    }
}
