package io.backorder.inventory.domain;

import java.time.Instant;

/**
 * A line that waits for units of a sku: when its order was placed, and whether an operator forced
 * it to backorder (it then gave its units to others on purpose, and waits behind them).
 */
public record WaitingLine(LineRef line, String sku, Instant placedAt, boolean forced) {
}
