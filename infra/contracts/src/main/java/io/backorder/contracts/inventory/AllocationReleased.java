package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** Units set aside for a line became available to other orders again. */
public record AllocationReleased(String sku, String orderNumber, int lineNo, int quantity, ReleaseReason reason)
        implements EventData {
}
