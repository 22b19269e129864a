package io.backorder.inventory.domain;

/**
 * The merchant's settings that decide an allocation, read when it happens.
 *
 * @param checkInventory false: every item is always in stock, every line is allocated in full
 */
public record AllocationPolicy(boolean checkInventory) {

    public static AllocationPolicy defaults() {
        return new AllocationPolicy(true);
    }
}
