package io.backorder.purchasing.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets a draft's line; unitCost may be left out for a line the order has (it keeps its cost). */
@Schema(example = "{ \"quantity\": 12, \"unitCost\": \"7.40\" }")
public record LineRequest(
        @NotNull @Positive @Max(1_000_000) Integer quantity,
        @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitCost) {
}
