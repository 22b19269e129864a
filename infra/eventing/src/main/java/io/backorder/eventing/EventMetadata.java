package io.backorder.eventing;

import java.util.UUID;

/**
 * Where new events come from: the correlation id follows one business flow across services,
 * the causation id names the message that caused them.
 */
public record EventMetadata(String correlationId, String causationId) {

    /** A flow that starts here, for example with an HTTP request. */
    public static EventMetadata newFlow() {
        return new EventMetadata(UUID.randomUUID().toString(), null);
    }

    /** Events caused by a consumed event, staying in its flow. */
    public static EventMetadata causedBy(String correlationId, String causingEventId) {
        return new EventMetadata(correlationId == null ? causingEventId : correlationId, causingEventId);
    }
}
