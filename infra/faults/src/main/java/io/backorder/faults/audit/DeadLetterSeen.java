package io.backorder.faults.audit;

/** A dead letter as a service's {@code GET /api/dead-letters} lists it. */
public record DeadLetterSeen(String service, long id, String consumer, String topic, String key, String reason,
                             String retryOutcome) {
}
