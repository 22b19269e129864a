package io.backorder.eventing.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.eventing.RecordTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import org.junit.jupiter.api.Test;

class EventingBeansTest {

    private final Tracer tracer = OpenTelemetry.noop().getTracer("test");

    @Test
    void with_the_sdk_off_no_span_is_opened_for_a_consumed_record() {
        assertThat(new EventingBeans().recordTracing(true, tracer)).isSameAs(RecordTracing.NONE);
    }

    @Test
    void with_the_sdk_on_each_consumed_record_is_handled_in_a_span() {
        assertThat(new EventingBeans().recordTracing(false, tracer)).isInstanceOf(OpenTelemetryRecordTracing.class);
    }
}
