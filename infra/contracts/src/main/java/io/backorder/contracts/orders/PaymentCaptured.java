package io.backorder.contracts.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;

/** The storefront's payment authorization was turned into money taken from the customer. */
public record PaymentCaptured(
        String orderNumber,
        String authorizationId,
        String transactionId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) implements EventData {
}
