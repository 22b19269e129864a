package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** Units on hand were set aside for an order line, so no other order can take them. */
public record StockAllocated(String sku, String orderNumber, int lineNo, int quantity) implements EventData {
}
