package io.backorder.eventing;

import io.backorder.contracts.EventData;

/** An aggregate built from its stream: it can be brought up to date by the events after its version. */
public interface EventSourced {

    /** How many events of its stream it has applied. */
    long version();

    void apply(EventData event);
}
