package io.backorder.order.domain;

import java.math.BigDecimal;

/** What the payment gateway said of a capture: captured (with its transaction), or declined (with why). */
public record CaptureOutcome(boolean captured, String transactionId, BigDecimal amount, String reason) {

    public static CaptureOutcome captured(String transactionId, BigDecimal amount) {
        return new CaptureOutcome(true, transactionId, amount, null);
    }

    public static CaptureOutcome declined(String reason) {
        return new CaptureOutcome(false, null, null, reason);
    }
}
