package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** Units arrived at the dock and are on hand; waiting backorders may now be filled. poNumber may be null. */
public record StockReceived(String sku, String receiptId, int quantity, String poNumber, int onHandAfter)
        implements EventData {
}
