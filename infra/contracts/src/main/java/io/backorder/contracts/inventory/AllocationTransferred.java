package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/**
 * Units held for one order line now belong to another: an approved order's filled backorder was
 * split off into a new order, and the units went with it. On hand and allocated do not change.
 * Added to the contract by this project.
 */
public record AllocationTransferred(String sku, String fromOrderNumber, int fromLineNo, String toOrderNumber,
                                    int toLineNo, int quantity) implements EventData {
}
