package io.backorder.faults.audit;

import java.util.List;
import java.util.Map;

/**
 * What order-service's database says: the order pages' lines (what {@code GET /api/orders/{n}} shows) and, from
 * its event store, imports, shipments, cancellations and splits.
 *
 * @param lines              per order line of the pages
 * @param storefrontOrders   storefront order id → order number, as claimed at import
 * @param importsByStorefrontOrder storefront order id → {@code OrderImported} events naming it
 * @param shipmentRequests   every line of every {@code ShipmentRequested}
 * @param answers            every line of {@code OrderShipped} (with a shipment id) and {@code OrderShipmentRefused}
 * @param cancellations      order number → {@code OrderCancelled} events
 * @param splitUnits         original line → units of the lines split off it ({@code BackorderOrderCreated},
 *                           {@code BackorderOrderLineAdded})
 * @param awaitingShipment   orders whose page still waits for inventory's answer to a shipment
 */
public record OrderFacts(Map<LineKey, PageLine> lines, Map<String, String> storefrontOrders,
                         Map<String, Integer> importsByStorefrontOrder, List<ShipmentRequestLine> shipmentRequests,
                         List<ShipmentAnswer> answers, Map<String, Integer> cancellations,
                         Map<LineKey, Integer> splitUnits, List<String> awaitingShipment, StoreHealth store) {

    /** A line of an order page. {@code originalOrderNumber} is set on an order split off another. */
    public record PageLine(LineKey key, String sku, int quantity, int allocated, int needed, int shipped,
                           int cancelled, int splitOff, boolean orderCancelled, String storefrontOrderId,
                           String originalOrderNumber) {
    }

    /** A line of a shipment the order asked inventory for. */
    public record ShipmentRequestLine(String shipmentId, LineKey line, int quantity) {
    }
}
