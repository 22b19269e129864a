package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;

/** A line was taken off a draft purchase order; added by this project. */
public record PurchaseOrderLineRemoved(String poNumber, String sku) implements EventData {
}
