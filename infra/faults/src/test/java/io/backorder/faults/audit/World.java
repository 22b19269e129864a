package io.backorder.faults.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, consistent world as the audit reads it, for the checks' tests to break one fact at a time. Item T-1 had
 * 5 units at definition and received 3 (receipt T-R1); order 1001 (storefront order T-O1) ordered 6 of it on line 1:
 * 2 shipped (shipment S1, answered by inventory and recorded on the order), 3 allocated, 1 needed. So 6 are on hand.
 */
final class World {

    static final LineKey LINE = new LineKey("1001", 1);

    // inventory
    int initial = 5;
    int received = 3;
    int adjusted = 0;
    int shippedByItemEvents = 2;
    Integer onHand = 6;
    Integer itemAllocated = 3;
    Integer itemBackordered = 1;
    int linesAllocated = 3;
    int linesNeeded = 1;
    int invAllocated = 3;
    int invNeeded = 1;
    int invShipped = 2;
    int invCancelled = 0;
    int invShippedByEvents = 2;
    int releasedAtCancel = 0;
    int filledForSplit = 0;
    int transferredOut = 0;
    boolean inventoryHasTheLine = true;
    Map<String, InventoryFacts.ReceiptRow> receiptRows = new HashMap<>(Map.of("T-R1",
            new InventoryFacts.ReceiptRow("T-R1", "T-1", 3)));
    Map<String, InventoryFacts.Received> stockReceived = new HashMap<>(Map.of("T-R1",
            new InventoryFacts.Received("T-R1", "T-1", 1, 3)));
    List<String> placedOrders = new ArrayList<>(List.of("1001"));
    List<ShipmentAnswer> inventoryAnswers = new ArrayList<>(List.of(new ShipmentAnswer("S1", LINE, true, 2)));
    Map<String, Integer> forcedBySku = new HashMap<>();
    Map<String, Integer> cancelledBackordersBySku = new HashMap<>();
    StoreHealth inventoryStore = new StoreHealth("inventory-service", 10, List.of(), 0, 0);

    // orders
    int quantity = 6;
    int pageAllocated = 3;
    int pageNeeded = 1;
    int pageShipped = 2;
    int pageCancelled = 0;
    int pageSplitOff = 0;
    Map<String, String> storefrontOrders = new HashMap<>(Map.of("T-O1", "1001"));
    Map<String, Integer> imports = new HashMap<>(Map.of("T-O1", 1));
    List<OrderFacts.ShipmentRequestLine> requests = new ArrayList<>(List.of(
            new OrderFacts.ShipmentRequestLine("S1", LINE, 2)));
    List<ShipmentAnswer> orderAnswers = new ArrayList<>(List.of(new ShipmentAnswer("S1", LINE, true, 2)));
    Map<String, Integer> cancellations = new HashMap<>();
    Map<LineKey, Integer> splitUnits = new HashMap<>();
    List<String> awaitingShipment = new ArrayList<>();
    StoreHealth orderStore = new StoreHealth("order-service", 8, List.of(), 0, 0);

    List<DeadLetterSeen> deadLetters = new ArrayList<>();
    Ledger ledger = new Ledger("T");

    World() {
        ledger.defined("T-1", 5);
        ledger.orderSent("T-O1");
        ledger.receiptAccepted("T-R1", "T-1", 3);
    }

    ConservationChecks checks() {
        InventoryFacts.Item item = new InventoryFacts.Item("T-1", initial, received, adjusted, shippedByItemEvents,
                true, onHand, itemAllocated, itemBackordered, linesAllocated, linesNeeded);
        Map<LineKey, InventoryFacts.Line> inventoryLines = inventoryHasTheLine
                ? Map.of(LINE, new InventoryFacts.Line(LINE, "T-1", invAllocated, invNeeded, invShipped, invCancelled,
                        invShippedByEvents, releasedAtCancel, filledForSplit, transferredOut))
                : Map.of();
        InventoryFacts inventory = new InventoryFacts(Map.of("T-1", item), inventoryLines, receiptRows, stockReceived,
                placedOrders, inventoryAnswers, forcedBySku, cancelledBackordersBySku, inventoryStore);
        OrderFacts orders = new OrderFacts(Map.of(LINE, new OrderFacts.PageLine(LINE, "T-1", quantity, pageAllocated,
                pageNeeded, pageShipped, pageCancelled, pageSplitOff, false, "T-O1", null)), storefrontOrders, imports,
                requests, orderAnswers, cancellations, splitUnits, awaitingShipment, orderStore);
        return new ConservationChecks(inventory, orders, deadLetters, ledger);
    }
}
