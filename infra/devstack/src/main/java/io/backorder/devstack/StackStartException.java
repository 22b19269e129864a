package io.backorder.devstack;

/** A part of the stack did not come up; the message says which, why, and where its log is. */
public final class StackStartException extends IllegalStateException {

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
