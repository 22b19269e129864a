package io.backorder.eventing;

/**
 * How long consumed records waited: from the timestamp the record carries on its topic (when its producer sent it)
 * to the commit of the batch that handled it. Summed over the hops of a flow, these are where its time went.
 */
@FunctionalInterface
public interface RecordDelays {

    /** Measuring off. */
    RecordDelays NONE = (consumer, millis) -> {
    };

    void committed(String consumer, long millis);
}
