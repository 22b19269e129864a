package io.backorder.eventing;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a consumed record that cannot be handled (unreadable or invalid) into an outbox record for
 * {@code <topic>.dlq}, with the reason and the record's origin in headers. Going through the
 * outbox makes "dead-lettered" and "marked processed" one atomic step.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static OutboxMessage of(String topic, int partition, long offset, String key, String value, String reason) {
        Map<String, String> headers = new HashMap<>();
        headers.put(EventHeaders.DLQ_REASON, truncate(reason, 2000));
        headers.put(EventHeaders.DLQ_ORIGINAL_TOPIC, topic);
        headers.put(EventHeaders.DLQ_ORIGINAL_PARTITION, Integer.toString(partition));
        headers.put(EventHeaders.DLQ_ORIGINAL_OFFSET, Long.toString(offset));
        return new OutboxMessage(recordId(topic, partition, offset), Topics.deadLetter(topic), key, headers,
                value == null ? "" : value);
    }

    /** An id for a record that carries none of its own: where it sits in the log. */
    public static String recordId(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    private static String truncate(String text, int max) {
        String reason = text == null ? "unknown" : text;
        return reason.length() <= max ? reason : reason.substring(0, max);
    }
}
