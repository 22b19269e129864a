package io.backorder.faults.audit;

/**
 * One line of a shipment answered: by inventory ({@code StockShipped}, {@code ShipmentLineRefused}) or by the order
 * ({@code OrderShipped}, {@code OrderShipmentRefused}). {@code quantity} is 0 for a refusal.
 */
public record ShipmentAnswer(String shipmentId, LineKey line, boolean shipped, int quantity) {
}
