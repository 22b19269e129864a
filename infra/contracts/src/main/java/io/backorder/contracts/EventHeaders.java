package io.backorder.contracts;

/** Kafka record headers of the contract: the envelope's id, type and correlation id, and why a message was dead-lettered. */
public final class EventHeaders {

    /** Repeats the envelope's eventId, so a consumer can deduplicate without parsing the body. */
    public static final String EVENT_ID = "eventId";
    /** Repeats the envelope's type, so a consumer can route or skip without parsing the body. */
    public static final String EVENT_TYPE = "eventType";
    /** Repeats the envelope's correlationId where it has one: the flow (an order's import, a fill) the event belongs to. */
    public static final String CORRELATION_ID = "correlationId";

    /** On a dead letter: why the consumer refused the message. */
    public static final String DLQ_REASON = "dlq-reason";
    /** On a dead letter: the topic the message was read from. */
    public static final String DLQ_ORIGINAL_TOPIC = "dlq-original-topic";
    /** On a dead letter: the partition the message was read from, as a decimal string. */
    public static final String DLQ_ORIGINAL_PARTITION = "dlq-original-partition";
    /** On a dead letter: the offset the message was read from, as a decimal string. */
    public static final String DLQ_ORIGINAL_OFFSET = "dlq-original-offset";
    /** On a dead letter: the consumer that refused it (one service may read a topic with several). */
    public static final String DLQ_CONSUMER = "dlq-consumer";
    /** On a dead letter: its id in the refusing service's {@code GET /api/dead-letters}, for a retry. */
    public static final String DLQ_DEAD_LETTER_ID = "dlq-dead-letter-id";

    private EventHeaders() {
    }
}
