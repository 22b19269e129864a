package io.backorder.inventory.api;

import io.backorder.contracts.validation.Skus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Fill now: these orders, these skus, or (both empty) everything that waits. Completed orders are
 * approved by order-service when {@code approveWhenComplete}; {@code shipDate} goes with the fill.
 */
public record FillRequest(
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "[0-9]{1,16}", message = "must be an order number") String> orderNumbers,
        @Size(max = 1000) List<@NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String> skus,
        Boolean onlyCompletableOrders,
        Boolean approveWhenComplete,
        LocalDate shipDate) {
}
