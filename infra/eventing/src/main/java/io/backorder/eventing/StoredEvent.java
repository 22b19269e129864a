package io.backorder.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import java.time.Instant;
import java.util.UUID;

/** One event as the event store keeps it; the global position is 0 until it is stored. */
public record StoredEvent(
        long globalPosition,
        UUID eventId,
        StreamId stream,
        long version,
        String type,
        int schemaVersion,
        EventData payload,
        Instant occurredAt,
        String correlationId,
        String causationId,
        String operator) {

    /** The payload as the envelope's {@code data}. */
    public JsonNode data() {
        return ContractJson.toData(payload);
    }

    public EventEnvelope toEnvelope() {
        return new EventEnvelope(eventId.toString(), type, schemaVersion, stream.aggregateId(), version,
                occurredAt, correlationId, causationId, operator, data());
    }
}
