package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;
import java.time.Instant;

/** The order may now be picked and shipped. */
public record OrderApproved(String orderNumber, Instant approvedAt) implements EventData {
}
