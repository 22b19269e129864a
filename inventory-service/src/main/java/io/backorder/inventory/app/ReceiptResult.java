package io.backorder.inventory.app;

/** What a receipt did: the units it brought, the count after, and whether it was new or a repeat. */
public record ReceiptResult(String receiptId, String sku, int quantity, String poNumber, int onHandAfter,
                            boolean created) {
}
