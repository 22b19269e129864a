package io.backorder.eventing;

import java.util.Map;
import java.util.Objects;

/** A record waiting in the outbox to be published: to a topic, under a key, with headers. */
public record OutboxMessage(String eventId, String topic, String key, Map<String, String> headers, String payload) {

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        headers = Map.copyOf(headers);
    }
}
