package io.backorder.eventing;

import java.util.Objects;

/** Names one aggregate's event stream: its type (Order, StockItem, …) and its id (order number, sku, …). */
public record StreamId(String aggregateType, String aggregateId) {

    public StreamId {
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        if (aggregateType.isBlank() || aggregateId.isBlank()) {
            throw new IllegalArgumentException("a stream needs a type and an id");
        }
    }

    public static StreamId of(String aggregateType, String aggregateId) {
        return new StreamId(aggregateType, aggregateId);
    }

    @Override
    public String toString() {
        return aggregateType + "/" + aggregateId;
    }
}
