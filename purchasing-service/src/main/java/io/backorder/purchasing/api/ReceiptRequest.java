package io.backorder.purchasing.api;

import io.backorder.contracts.validation.Skus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A receipt scanned at the dock for a purchase order; idempotent by receiptId, as at inventory-service. */
@Schema(example = "{ \"receiptId\": \"R-1\", \"sku\": \"SKU123\", \"quantity\": 3, \"scannerId\": \"dock-2\" }")
public record ReceiptRequest(
        @NotBlank @Size(max = 64) String receiptId,
        @NotBlank @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
        @NotNull @Positive @Max(1_000_000) Integer quantity,
        @Size(max = 64) String scannerId) {
}
