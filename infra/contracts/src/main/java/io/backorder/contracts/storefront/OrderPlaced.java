package io.backorder.contracts.storefront;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import io.backorder.contracts.validation.DistinctLineSkus;
import io.backorder.contracts.validation.OnHandSkusInLines;
import io.backorder.contracts.validation.Skus;
import io.backorder.contracts.validation.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A customer placed an order on a storefront; untrusted input that becomes our order once imported, and the
 * same storefrontOrderId twice is one order. {@code storefrontQuantityOnHand} is what the storefront believed
 * it had of each ordered sku; its keys must be skus of the lines ({@link OnHandSkusInLines}).
 */
@DistinctLineSkus
@OnHandSkusInLines
public record OrderPlaced(
        @NotBlank @Size(max = 64)
        @Pattern(regexp = "\\p{Graph}+", message = "must be printable characters without spaces")
        String storefrontOrderId,
        @NotBlank @Size(max = 32) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String storefront,
        @NotNull @Valid Customer customer,
        @NotNull Instant placedAt,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal discountPercent,
        @Valid Payment payment,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
        @Size(max = 500) Map<@NotNull String, @NotNull Integer> storefrontQuantityOnHand) implements EventData {

    /** The storefront's customer; the id is what backorder reports group by. */
    public record Customer(
            @NotBlank @Size(max = 64) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String id,
            @Size(max = 200) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String name,
            @Email @Size(max = 254) String email) {
    }

    /** A payment authorization the storefront obtained, to be captured when the order is approved or filled. */
    public record Payment(
            @NotBlank @Size(max = 128) @Pattern(regexp = Texts.PATTERN, message = Texts.MESSAGE) String authorizationId,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            BigDecimal amount) {
    }

    /** One sku ordered; a quantity is an {@code Integer} so that a missing one is refused rather than read as 0. */
    public record Line(
            @NotBlank @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
            @NotNull @Positive @Max(100_000) Integer quantity,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            BigDecimal unitPrice) {
    }
}
