package io.backorder.inventory.api;

import io.backorder.contracts.validation.Skus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Fill now: these orders, these skus, or (both empty) everything that waits. Completed orders are
 * approved by order-service when {@code approveWhenComplete}; {@code shipDate} goes with the fill.
 * {@code capture} says whether such an order's payment is captured first, for this fill only; absent,
 * order-service's parameter CaptureAtFillBackorders decides, as before the option existed.
 */
public record FillRequest(
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "[0-9]{1,16}", message = "must be an order number") String> orderNumbers,
        @Size(max = 1000) List<@NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String> skus,
        Boolean onlyCompletableOrders,
        Boolean approveWhenComplete,
        LocalDate shipDate,
        @Schema(description = "capture the payment of an order this fill completes before approving it;"
                + " absent: order-service's CaptureAtFillBackorders decides", nullable = true)
        Boolean capture) {
}
