package io.backorder.inventory.domain;

import java.time.Instant;

/**
 * A line that waits for units of a sku: when its order was placed, whether an operator forced it
 * to backorder (it then gave its units to others on purpose, and waits behind them), and whether
 * its order was approved (units filled now go to an order split off it).
 */
public record WaitingLine(LineRef line, String sku, Instant placedAt, boolean forced, boolean orderApproved) {
}
