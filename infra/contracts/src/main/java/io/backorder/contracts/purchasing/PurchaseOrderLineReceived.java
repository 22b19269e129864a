package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;

/** A receipt was matched to a purchase order line, reducing what is still on order. */
public record PurchaseOrderLineReceived(
        String poNumber,
        String sku,
        int quantityReceived,
        int totalReceived,
        int quantityOrdered) implements EventData {
}
