package io.backorder.eventing;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a consumed record that can never be handled into an outbox record for {@code <topic>.dlq},
 * with the reason, the record's origin and the refusing consumer in headers. Going through the
 * outbox makes "dead-lettered" and "marked processed" one atomic step.
 */
public final class DeadLetters {

    static final int MAX_REASON = 2000;

    private DeadLetters() {
    }

    /** The dead letter of a consumer, kept as {@code deadLetterId} in its service's dead_letter table. */
    static OutboxMessage of(IncomingRecord record, String consumer, long deadLetterId, String reason) {
        Map<String, String> headers = headers(record.topic(), record.partition(), record.offset(), reason);
        headers.put(EventHeaders.DLQ_CONSUMER, consumer);
        headers.put(EventHeaders.DLQ_DEAD_LETTER_ID, Long.toString(deadLetterId));
        return new OutboxMessage(recordId(record.topic(), record.partition(), record.offset()),
                Topics.deadLetter(record.topic()), record.key(), headers, record.value() == null ? "" : record.value());
    }

    /** An id for a record that carries none of its own: where it sits in the log. */
    public static String recordId(String topic, int partition, long offset) {
        return topic + "/" + partition + "/" + offset;
    }

    private static Map<String, String> headers(String topic, int partition, long offset, String reason) {
        Map<String, String> headers = new HashMap<>();
        headers.put(EventHeaders.DLQ_REASON, truncate(reason));
        headers.put(EventHeaders.DLQ_ORIGINAL_TOPIC, topic);
        headers.put(EventHeaders.DLQ_ORIGINAL_PARTITION, Integer.toString(partition));
        headers.put(EventHeaders.DLQ_ORIGINAL_OFFSET, Long.toString(offset));
        return headers;
    }

    static String truncate(String text) {
        String reason = text == null ? "unknown" : text;
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
