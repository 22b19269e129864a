package io.backorder.eventing.quarkus;

import io.backorder.eventing.IncomingRecord;
import io.backorder.eventing.RecordTracing;
import io.backorder.eventing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A CONSUMER span per handled record, named after its topic, child of the trace the record's headers carry. Made only
 * where traces are exported ({@link EventingBeans#recordTracing}).
 */
public class OpenTelemetryRecordTracing implements RecordTracing {

    private final Tracer tracer;

    OpenTelemetryRecordTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    public Handling handling(String consumer, IncomingRecord record) {
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceHeaders.parentOf(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", record.eventId())
                .startSpan();
        Scope scope = span.makeCurrent();
        return () -> {
            scope.close();
            span.end();
        };
    }
}
