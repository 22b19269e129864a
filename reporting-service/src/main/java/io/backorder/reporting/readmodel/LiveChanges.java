package io.backorder.reporting.readmodel;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Tells open console pages that the read models changed, once the change is committed, so that
 * they fetch again what they show; it carries which topic moved, never the data itself.
 */
@ApplicationScoped
public class LiveChanges {

    /** What changed: the topic whose records were projected (or "rebuild"), how many, when. */
    public record Change(String source, int records, Instant at) {
    }

    private final BroadcastProcessor<Change> processor = BroadcastProcessor.create();

    public void committed(String source, int records) {
        processor.onNext(new Change(source, records, Instant.now()));
    }

    public Multi<Change> stream() {
        return processor;
    }
}
