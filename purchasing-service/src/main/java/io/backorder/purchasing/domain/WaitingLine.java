package io.backorder.purchasing.domain;

import java.time.Instant;

/**
 * An order line that waits for units of one sku: how many, when its order was placed, and whether an operator forced
 * it to backorder (it then waits behind the others).
 */
public record WaitingLine(String orderNumber, int lineNo, int needed, Instant placedAt, boolean forced) {
}
