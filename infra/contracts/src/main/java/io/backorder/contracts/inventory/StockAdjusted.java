package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** On-hand stock was corrected by hand (a count, damage), as a compensating entry rather than an overwrite. */
public record StockAdjusted(String sku, int delta, String reason, int onHandAfter) implements EventData {
}
