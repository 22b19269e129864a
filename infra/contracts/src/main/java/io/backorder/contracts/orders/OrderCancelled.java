package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;

/** The order will not be fulfilled; its allocations and backorders are to be released. */
public record OrderCancelled(String orderNumber, String reason) implements EventData {
}
