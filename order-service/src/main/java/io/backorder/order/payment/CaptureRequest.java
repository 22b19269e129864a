package io.backorder.order.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** Capture this much of an authorization, for this order. */
public record CaptureRequest(String authorizationId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                             String orderNumber) {
}
