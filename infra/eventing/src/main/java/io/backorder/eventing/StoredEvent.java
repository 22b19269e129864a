package io.backorder.eventing;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventTypes;
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
        JsonNode data,
        Instant occurredAt,
        String correlationId,
        String causationId) {

    public EventData payload() {
        return ContractJson.fromData(data, EventTypes.classOf(type));
    }

    public EventEnvelope toEnvelope() {
        return new EventEnvelope(eventId.toString(), type, schemaVersion, stream.aggregateId(), version,
                occurredAt, correlationId, causationId, data);
    }
}
