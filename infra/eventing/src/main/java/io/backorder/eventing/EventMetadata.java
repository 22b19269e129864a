package io.backorder.eventing;

import java.util.UUID;

/**
 * Where new events come from: the correlation id follows one business flow across services,
 * the causation id names the message that caused them, and the operator is the signed-in user whose command
 * decided them (null when the system or another event did: the causation id leads back to the command).
 */
public record EventMetadata(String correlationId, String causationId, String operator) {

    /** A flow that starts here with no one signed in behind it, for example a scheduled check. */
    public static EventMetadata newFlow() {
        return newFlowBy(null);
    }

    /** A flow that a signed-in user's command starts, for example with an HTTP request. */
    public static EventMetadata newFlowBy(String operator) {
        return new EventMetadata(UUID.randomUUID().toString(), null, operator);
    }

    /** Events caused by a consumed event, staying in its flow. */
    public static EventMetadata causedBy(String correlationId, String causingEventId) {
        return new EventMetadata(correlationId == null ? causingEventId : correlationId, causingEventId, null);
    }
}
