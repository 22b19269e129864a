package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/**
 * Allocated units left the warehouse with their order and are no longer on hand. shipmentId names
 * the {@code ShipmentRequested} this answers (null for a shipment decided before inventory
 * confirmed shipments).
 */
public record StockShipped(String sku, String orderNumber, int lineNo, int quantity, int onHandAfter,
                           String shipmentId) implements EventData {
}
