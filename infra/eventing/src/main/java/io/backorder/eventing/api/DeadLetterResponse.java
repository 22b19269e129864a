package io.backorder.eventing.api;

import io.backorder.eventing.DeadLetter;
import java.time.Instant;
import java.util.Map;

/**
 * A dead letter as operators see it. {@code retryable} is false once a retry was handled;
 * {@code retryOutcome} says what the last retry came to ("handled", or why it was refused again).
 */
public record DeadLetterResponse(long id, String consumer, String topic, int partition, long offset, String key,
                                 String value, Map<String, String> headers, String eventId, String reason,
                                 Instant createdAt, boolean retryable, Instant retriedAt, String retryOutcome) {

    static DeadLetterResponse of(DeadLetter letter) {
        return new DeadLetterResponse(letter.id(), letter.consumer(), letter.topic(), letter.partition(), letter.offset(),
                letter.key(), letter.value(), letter.headers(), letter.eventId(), letter.reason(), letter.createdAt(),
                letter.retryable(), letter.retriedAt(), letter.retryOutcome());
    }
}
