package io.backorder.eventing;

/** The event store, outbox or inbox could not do its work (a database failure, not a business refusal). */
public final class EventingException extends RuntimeException {

    public EventingException(String message) {
        super(message);
    }

    public EventingException(String message, Throwable cause) {
        super(message, cause);
    }
}
