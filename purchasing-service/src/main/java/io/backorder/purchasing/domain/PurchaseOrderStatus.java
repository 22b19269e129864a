package io.backorder.purchasing.domain;

/** Where a purchase order is in its life: DRAFT → SENT → PARTIALLY_RECEIVED → RECEIVED, or CANCELLED. */
public enum PurchaseOrderStatus {
    /** Generated or being edited; its lines can change; its units already count as on order. */
    DRAFT,
    /** Sent to the supplier, with an expected date. */
    SENT,
    /** Some units arrived. */
    PARTIALLY_RECEIVED,
    /** Every ordered unit arrived. */
    RECEIVED,
    /** What had not arrived is no longer expected. */
    CANCELLED;

    /** Units still to come count as on order. */
    public boolean open() {
        return this == DRAFT || this == SENT || this == PARTIALLY_RECEIVED;
    }
}
