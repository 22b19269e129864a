package io.backorder.eventing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Map;

/**
 * The trace an event belongs to, carried in its Kafka headers as W3C trace context ({@code traceparent},
 * {@code tracestate}). The relay and the consumers are written by hand, not SmallRye's, so nothing carries it for
 * them: the event store writes the current span's context into each outbox row's headers, in the transaction and on
 * the thread of the write, and the relay sends the headers as they are; a consumer opens its span with it as parent
 * ({@link RecordTracing}). One order can then be followed from its import through every service.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";

    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceHeaders() {
    }

    /** Adds the current span's context to {@code headers}; nothing when no span is current (or tracing is off). */
    public static void addCurrent(Map<String, String> headers) {
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
    }

    /** The context a record's headers carry, as the parent of what handles it; the root when they carry none. */
    public static Context parentOf(Map<String, String> headers) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), headers, HEADERS);
    }
}
