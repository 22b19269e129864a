package io.backorder.eventing;

/**
 * Another writer appended to the stream since it was loaded. The command is run again on fresh
 * state ({@link ConflictRetry}); nothing is merged silently.
 */
public final class ConcurrencyConflictException extends RuntimeException {

    public ConcurrencyConflictException(StreamId stream, long expectedVersion) {
        super("stream " + stream + " moved past version " + expectedVersion + " while the command ran");
    }
}
