package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** A line stopped waiting for some or all of its backordered units; they will not be shipped. */
public record BackorderCancelled(String sku, String orderNumber, int lineNo, int quantityCancelled)
        implements EventData {
}
