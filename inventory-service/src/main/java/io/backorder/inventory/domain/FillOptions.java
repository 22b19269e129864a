package io.backorder.inventory.domain;

import java.time.LocalDate;

/** What a fill carries to order-service: its id, whether a completed order is approved, and the ship date. */
public record FillOptions(String fillId, boolean approveWhenComplete, LocalDate shipDate) {
}
