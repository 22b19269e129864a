package io.backorder.order.payment;

/** The gateway's answer: {@code CAPTURED} with a transaction id, or {@code DECLINED} with its reason. */
public record CaptureResponse(String status, String transactionId, String reason) {

    public static final String CAPTURED = "CAPTURED";
    public static final String DECLINED = "DECLINED";

    public boolean captured() {
        return CAPTURED.equals(status);
    }
}
