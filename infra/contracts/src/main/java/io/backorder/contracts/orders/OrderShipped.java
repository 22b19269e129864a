package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;
import java.time.Instant;
import java.util.List;

/** The allocated units left the warehouse; what is still backordered stays open on the order. */
public record OrderShipped(String orderNumber, Instant shippedAt, List<Line> lines) implements EventData {

    /** How many units of one line went out in this shipment. */
    public record Line(int lineNo, String sku, int quantity) {
    }
}
