package io.backorder.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Defines or changes an item. The initial quantity on hand counts only when the item is first defined. */
public record ItemRequest(
        @Size(max = 200) String description,
        @NotNull Boolean tracked,
        @NotNull Boolean discontinued,
        @PositiveOrZero @Max(10_000_000) Integer initialQuantityOnHand) {
}
