package io.backorder.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * What every published event travels in: who it is (eventId), what it says (type, schemaVersion, data), which
 * aggregate it belongs to and at which version, and which request and event led to it (correlationId,
 * causationId). The Kafka key is {@code aggregateId}.
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
        JsonNode data) {

    /** Wraps event data, taking its type and schema version from {@link EventTypes}. */
    public static EventEnvelope of(String eventId, String aggregateId, long aggregateVersion, Instant occurredAt,
                                   String correlationId, String causationId, EventData data) {
        String type = EventTypes.typeOf(data.getClass());
        return new EventEnvelope(eventId, type, EventTypes.schemaVersionOf(type), aggregateId, aggregateVersion,
                occurredAt, correlationId, causationId, ContractJson.toData(data));
    }
}
