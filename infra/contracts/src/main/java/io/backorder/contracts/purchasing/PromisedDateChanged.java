package io.backorder.contracts.purchasing;

import io.backorder.contracts.EventData;
import java.time.LocalDate;

/**
 * The date a waiting order line's units are expected changed (or was first set). Lines of a sku are served oldest
 * first, as the fill rule serves them, from the units available now and then from the open purchase orders in order
 * of their expected dates. Keyed by sku; added by this project.
 *
 * @param promisedDate when the last of the line's units is expected; null unless status is ON_ORDER
 * @param poNumber     the purchase order that brings the line's last units; null unless status is ON_ORDER
 * @param late         that purchase order is late, so the date is the day after today at the earliest
 */
public record PromisedDateChanged(String sku, String orderNumber, int lineNo, int quantityNeeded, Status status,
                                  LocalDate promisedDate, String poNumber, boolean late) implements EventData {

    /** Where the line's units will come from. */
    public enum Status {
        /** Units on hand cover the line: it waits only for a fill. */
        IN_STOCK,
        /** Open purchase orders cover the line by promisedDate. */
        ON_ORDER,
        /** Neither stock nor the sent purchase orders cover the line. */
        NOT_ON_ORDER,
        /** The line waits for nothing any more (filled, cancelled). */
        NO_LONGER_WAITING
    }
}
