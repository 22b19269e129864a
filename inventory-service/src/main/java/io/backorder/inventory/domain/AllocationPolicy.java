package io.backorder.inventory.domain;

/**
 * The merchant's settings that decide an allocation, read when it happens.
 *
 * @param checkInventory                  false: every item is always in stock, every line is allocated in full
 * @param doBackorders                    keep backorder counts (what purchasing replenishes) for out-of-stock,
 *                                        not-discontinued items; the line still needs its units either way
 * @param syncStorefrontInventoryAtImport when a line is backordered and its storefront believed it had fewer
 *                                        than zero on hand, tell the storefront to set it back to zero
 */
public record AllocationPolicy(boolean checkInventory, boolean doBackorders, boolean syncStorefrontInventoryAtImport) {

    public static AllocationPolicy defaults() {
        return new AllocationPolicy(true, true, false);
    }
}
