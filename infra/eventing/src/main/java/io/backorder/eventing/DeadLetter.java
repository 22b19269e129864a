package io.backorder.eventing;

import java.time.Instant;
import java.util.Map;

/**
 * A record a consumer refused as poison, as its service keeps it for operators: where it came
 * from, what it held, why it was refused, and whether an operator's retry has handled it since.
 */
public record DeadLetter(long id, String consumer, String topic, int partition, long offset, String key, String value,
                         Map<String, String> headers, String eventId, String reason, Instant createdAt,
                         Instant retriedAt, String retryOutcome) {

    public DeadLetter {
        headers = Map.copyOf(headers);
    }

    /** A retry that was handled is final; until then the dead letter can be sent again. */
    public boolean retryable() {
        return retriedAt == null;
    }

    /** The record as its consumer first saw it, to run through the same handler again. */
    public IncomingRecord record() {
        return new IncomingRecord(topic, partition, offset, key, value, headers, eventId);
    }
}
