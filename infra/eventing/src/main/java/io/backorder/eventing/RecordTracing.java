package io.backorder.eventing;

/**
 * Opens the span of handling one consumed record, as a child of the trace its headers carry
 * ({@link TraceHeaders}), and makes it current, so that the events the handler writes carry it on.
 */
@FunctionalInterface
public interface RecordTracing {

    /** Tracing off: nothing is opened. */
    RecordTracing NONE = (consumer, record) -> () -> {
    };

    Handling handling(String consumer, IncomingRecord record);

    /** Ends the span and leaves its context. */
    @FunctionalInterface
    interface Handling extends AutoCloseable {
        @Override
        void close();
    }
}
