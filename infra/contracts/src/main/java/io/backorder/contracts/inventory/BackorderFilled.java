package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;
import java.time.LocalDate;

/**
 * Newly available units were given to a waiting line; order-service may approve, split or date the
 * order. forSplit: the order was already approved when the units came, so they are held apart for
 * the order order-service splits off, and the original order can neither ship nor release them.
 * capture: whether order-service captures the payment of an order this fill completes and approves;
 * null (a fill that did not say, and every event written before the field was added) leaves it to
 * order-service's CaptureAtFillBackorders.
 */
public record BackorderFilled(
        String sku,
        String orderNumber,
        int lineNo,
        int quantityFilled,
        int quantityStillNeeded,
        String fillId,
        boolean approveWhenComplete,
        LocalDate shipDate,
        boolean forSplit,
        Boolean capture) implements EventData {
}
