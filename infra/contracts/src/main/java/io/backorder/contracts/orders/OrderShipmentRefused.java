package io.backorder.contracts.orders;

import io.backorder.contracts.EventData;

/** Inventory refused to ship a line of a requested shipment; the order shows why. Added to the contract by this project. */
public record OrderShipmentRefused(String orderNumber, String shipmentId, int lineNo, String sku, String reason)
        implements EventData {
}
