package io.backorder.inventory.domain;

import java.time.LocalDate;

/**
 * What a fill carries to order-service: its id, whether a completed order is approved, the ship date, and
 * whether its payment is captured then (null: order-service's CaptureAtFillBackorders decides).
 */
public record FillOptions(String fillId, boolean approveWhenComplete, LocalDate shipDate, Boolean capture) {
}
