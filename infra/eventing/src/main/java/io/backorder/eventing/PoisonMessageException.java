package io.backorder.eventing;

/**
 * A consumed record that can never be handled: unreadable, invalid, or naming what does not exist.
 * It goes to the topic's dead-letter topic with this message as the reason, and consumption goes
 * on. A handler may throw it after it wrote: the consumer rolls those writes back. Any other
 * exception is taken as passing and retried; throw this one only when retrying cannot help.
 */
public final class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
