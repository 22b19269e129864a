package io.backorder.faults.audit;

import java.util.List;
import java.util.Map;

/**
 * What inventory-service's database says: its event store (the truth) summed per item and per line, and its views
 * (what its API answers).
 *
 * @param items          per sku
 * @param lines          per order line of {@code line_allocation}, with what the events say of it
 * @param receipts       receipt id → the receipt row claimed for it
 * @param stockReceived  receipt id → its {@code StockReceived} events
 * @param placedOrders   order numbers in {@code order_placement}: the orders inventory took in
 * @param answers        every {@code StockShipped} and {@code ShipmentLineRefused} that names a shipment
 * @param forcedBySku    sku → {@code AllocationReleased} events with reason {@code FORCED_BACKORDER}
 * @param cancelledBackordersBySku sku → {@code BackorderCancelled} events an operator asked for (not caused by an
 *                       order's cancellation)
 * @param store          the event store's and outbox's own health
 */
public record InventoryFacts(Map<String, Item> items, Map<LineKey, Line> lines, Map<String, ReceiptRow> receipts,
                             Map<String, Received> stockReceived, List<String> placedOrders,
                             List<ShipmentAnswer> answers, Map<String, Integer> forcedBySku,
                             Map<String, Integer> cancelledBackordersBySku, StoreHealth store) {

    /**
     * An item: the sums of its events, its {@code item_view} row (null fields when it has none) and the sums of its
     * lines' rows.
     */
    public record Item(String sku, int initial, int received, int adjusted, int shipped, boolean tracked,
                       Integer viewOnHand, Integer viewAllocated, Integer viewBackordered, int linesAllocated,
                       int linesNeededReplenishable) {

        /** Initial + received + adjusted − shipped: what must be on the shelf. */
        public int onHandByEvents() {
            return initial + received + adjusted - shipped;
        }
    }

    /**
     * A line's row of {@code line_allocation}, and from the events: units shipped, units given back when its order
     * was cancelled, units filled for a split and units moved to a split order.
     */
    public record Line(LineKey key, String sku, int allocated, int needed, int shipped, int cancelled,
                       int shippedByEvents, int releasedAtCancel, int filledForSplit, int transferredOut) {
    }

    /** A row of {@code receipt}. */
    public record ReceiptRow(String receiptId, String sku, int quantity) {
    }

    /** The {@code StockReceived} events of one receipt id: how many, and their units. */
    public record Received(String receiptId, String sku, int events, int quantity) {
    }
}
