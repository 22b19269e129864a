package io.backorder.inventory.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A correction of the count on the shelf: how many units more (or fewer), and why. */
public record AdjustmentRequest(
        @NotNull @Min(-10_000_000) @Max(10_000_000) Integer delta,
        @NotBlank @Size(max = 200) String reason) {
}
