package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;
import java.time.Instant;

/** The purchase order went to the supplier; from now on its units count as on order. */
public record PurchaseOrderSent(String poNumber, Instant sentAt) implements EventData {
}
