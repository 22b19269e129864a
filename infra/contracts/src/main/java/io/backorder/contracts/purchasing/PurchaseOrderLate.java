package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;
import java.time.LocalDate;

/**
 * A sent purchase order passed its expected date with units still to come, as noticed on noticedOn; added by this
 * project. The order stays open; the promised dates that counted on it move.
 */
public record PurchaseOrderLate(String poNumber, LocalDate expectedDate, LocalDate noticedOn, int unitsOutstanding)
        implements EventData {
}
