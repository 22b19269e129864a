package io.backorder.devstack;

/** The command line or the environment asks for something devstack does not understand. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
