package io.backorder.contracts.inventory;

import io.backorder.contracts.EventData;

/**
 * Inventory could not ship a line of a requested shipment (it holds no units of the sku); the
 * other lines of that shipment are answered on their own. Added to the contract by this project.
 */
public record ShipmentLineRefused(String sku, String orderNumber, int lineNo, String shipmentId,
                                  int quantityRequested, String reason) implements EventData {
}
