package io.backorder.contracts.inventory;

/** Why a line waits for stock. */
public enum BackorderReason {
    /** There were not enough available units when the line was allocated. */
    OUT_OF_STOCK,
    /** An operator took the line's allocated units away and made it wait. */
    FORCED
}
