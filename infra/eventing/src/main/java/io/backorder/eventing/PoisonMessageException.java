package io.backorder.eventing;

/**
 * A consumed record that can never be handled: unreadable, or invalid. It goes to the topic's
 * dead-letter topic with this message as the reason, and consumption goes on. A handler throws it
 * before it writes anything.
 */
public final class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
