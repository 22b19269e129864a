package io.backorder.contracts.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.backorder.contracts.EventData;
import java.math.BigDecimal;

/**
 * The order asked for its payment authorization to be captured. The call to the payment provider
 * follows, outside any transaction, with an idempotency key of the order and authorization, and
 * its outcome is a {@link PaymentCaptured} or {@link PaymentCaptureFailed}; a capture asked for and
 * never answered (a crash in between) is made again with the same key, so never twice.
 *
 * @param approveWhenCaptured the order is approved as soon as the capture succeeds
 */
public record PaymentCaptureRequested(
        String orderNumber,
        String authorizationId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        boolean approveWhenCaptured) implements EventData {
}
