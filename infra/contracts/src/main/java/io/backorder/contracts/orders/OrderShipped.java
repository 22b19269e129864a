package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;
import java.time.Instant;
import java.util.List;

/**
 * The allocated units left the warehouse; what is still backordered stays open on the order.
 * With a shipmentId, inventory confirmed these units ({@code StockShipped}) for that
 * {@code ShipmentRequested}; without one (events written before inventory confirmed shipments),
 * order-service decided them and inventory takes them off the shelf.
 */
public record OrderShipped(String orderNumber, Instant shippedAt, List<Line> lines, String shipmentId)
        implements EventData {

    /** How many units of one line went out in this shipment. */
    public record Line(int lineNo, String sku, int quantity) {
    }
}
