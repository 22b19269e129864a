package io.backorder.purchasing.api;

import io.backorder.contracts.validation.Skus;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a sku is bought. minimumQuantity and lotSize default to 1 (no minimum, single units), reorderPoint to 0 (buy
 * for backorders only).
 */
@Schema(example = "{ \"supplierId\": \"SUP-1\", \"unitCost\": \"7.40\", \"minimumQuantity\": 5, \"lotSize\": 5,"
        + " \"reorderPoint\": 2 }")
public record SupplierItemRequest(
        @NotBlank @Size(max = Skus.MAX_LENGTH) String supplierId,
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitCost,
        @Positive @Max(1_000_000) Integer minimumQuantity,
        @Positive @Max(1_000_000) Integer lotSize,
        @PositiveOrZero @Max(1_000_000) Integer reorderPoint) {
}
