package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/** An order line must wait for units that are not available; purchasing counts it unless it is not replenishable. */
public record LineBackordered(
        String sku,
        String orderNumber,
        int lineNo,
        int quantityNeeded,
        BackorderReason reason,
        boolean replenishable) implements EventData {
}
