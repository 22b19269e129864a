package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** Allocated units left the warehouse with their order and are no longer on hand. */
public record StockShipped(String sku, String orderNumber, int lineNo, int quantity, int onHandAfter)
        implements EventData {
}
