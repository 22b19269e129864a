package io.backorder.contracts.warehouse;

import io.backorder.contracts.EventData;
import io.backorder.contracts.validation.Skus;
import io.backorder.contracts.validation.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A scanner at the dock counted units of a sku coming in; untrusted input, idempotent by receiptId.
 * Quantity is an {@code Integer} so that a missing value is refused rather than read as 0.
 */
public record ReceiptScanned(
        @NotBlank @Size(max = 64) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String receiptId,
        @NotBlank @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
        @NotNull @Positive @Max(1_000_000) Integer quantity,
        @Size(max = 32) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String poNumber,
        @Size(max = 64) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String scannerId,
        Instant scannedAt) implements EventData {
}
