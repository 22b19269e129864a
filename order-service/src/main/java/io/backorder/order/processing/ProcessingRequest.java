package io.backorder.order.processing;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The multi-order processor: for these orders, run any of fill (their backorders, through
 * inventory-service), capture (with approval), approve, ship, in that order. Orders that still
 * have backorders after the fill are skipped unless {@code includeOrdersWithBackorders}
 * (default: MultiOrderProcessorIncludeBackorders).
 */
public record ProcessingRequest(
        @NotEmpty @Size(max = 500)
        List<@NotNull @Pattern(regexp = "[0-9]{1,16}", message = "must be an order number") String> orderNumbers,
        boolean fillBackorders,
        boolean onlyCompletableOrders,
        boolean approve,
        boolean capture,
        boolean ship,
        Boolean includeOrdersWithBackorders) {
}
