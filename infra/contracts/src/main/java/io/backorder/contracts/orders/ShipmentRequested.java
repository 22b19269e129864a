package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;
import java.time.Instant;
import java.util.List;

/**
 * An operator asked to ship an order: inventory, which owns the units, ships for each line what it
 * holds, up to the quantity asked, and answers every line ({@code StockShipped} or
 * {@code ShipmentLineRefused}). Added to the contract by this project.
 */
public record ShipmentRequested(String orderNumber, String shipmentId, Instant requestedAt, List<Line> lines)
        implements EventData {

    /** At most this many units of one line. */
    public record Line(int lineNo, String sku, int quantity) {
    }
}
