package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The purchase order went to the supplier; from now on its units count as on order. expectedDate (added by this
 * project; null in events written before it) is when the supplier's goods are expected: sentAt plus the supplier's
 * lead time, unless the sender gave a date.
 */
public record PurchaseOrderSent(String poNumber, Instant sentAt, LocalDate expectedDate) implements EventData {
}
