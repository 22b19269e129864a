package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;
import java.time.LocalDate;

/** Newly available units were given to a waiting line; order-service may approve, split or date the order. */
public record BackorderFilled(
        String sku,
        String orderNumber,
        int lineNo,
        int quantityFilled,
        int quantityStillNeeded,
        String fillId,
        boolean approveWhenComplete,
        LocalDate shipDate) implements EventData {
}
