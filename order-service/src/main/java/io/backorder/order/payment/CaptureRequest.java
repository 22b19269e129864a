package io.backorder.order.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Capture this much of an authorization, for this order. */
public record CaptureRequest(@NotBlank @Size(max = 128) String authorizationId,
                             @Digits(integer = 12, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                             @Size(max = 16) String orderNumber) {
}
