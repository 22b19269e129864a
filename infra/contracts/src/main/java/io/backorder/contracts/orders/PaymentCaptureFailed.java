package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;

/** The payment could not be captured, so the order stays unapproved until someone acts. */
public record PaymentCaptureFailed(String orderNumber, String authorizationId, String reason) implements EventData {
}
