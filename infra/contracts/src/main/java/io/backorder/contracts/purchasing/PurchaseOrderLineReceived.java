package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;

/**
 * A receipt was matched to a purchase order line, reducing what is still on order. Added by this project:
 * receiptId (the scanner's, from StockReceived) and overReceived, the units of this receipt beyond what the line
 * ordered (a receipt for more than was ordered is recorded, never dropped; a sku the order did not name is a line
 * with quantityOrdered 0).
 */
public record PurchaseOrderLineReceived(
        String poNumber,
        String sku,
        int quantityReceived,
        int totalReceived,
        int quantityOrdered,
        String receiptId,
        int overReceived) implements EventData {
}
