package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;

/** Nothing more is expected from the purchase order, so its open units no longer count as on order. */
public record PurchaseOrderClosed(String poNumber, Status status) implements EventData {

    /** How a purchase order ended. */
    public enum Status {
        /** Every ordered unit arrived. */
        RECEIVED,
        /** What had not arrived was cancelled. */
        CANCELLED
    }
}
