package io.backorder.contracts.inventory;

/** Why allocated units went back to available stock. */
public enum ReleaseReason {
    /** An operator forced the line onto backorder, freeing its units for other orders. */
    FORCED_BACKORDER,
    /** The order was cancelled. */
    ORDER_CANCELLED
}
