package io.backorder.faults.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rules of issue 8's audit, on facts already read: nothing here touches a database, so each rule can be shown to
 * catch what it is meant to catch. Units are conserved per item and per line, both services agree on every line, and
 * every order, receipt and command the run sent is reflected exactly once.
 *
 * <p>Conservation is checked on everything in the databases (it must hold whatever put the data there); what the run
 * sent is checked against the rows of the run ({@link Ledger#owns}).
 */
public final class ConservationChecks {

    private final InventoryFacts inventory;
    private final OrderFacts orders;
    private final List<DeadLetterSeen> deadLetters;
    private final Ledger ledger;

    public ConservationChecks(InventoryFacts inventory, OrderFacts orders, List<DeadLetterSeen> deadLetters,
                              Ledger ledger) {
        this.inventory = inventory;
        this.orders = orders;
        this.deadLetters = deadLetters;
        this.ledger = ledger;
    }

    public List<Check> all() {
        return List.of(stockOnHand(), allocatedWithinOnHand(), itemsMatchTheirLines(), stockTheRunBrought(),
                lineUnitsAddUp(), pageMatchesInventory(), ordersImportedOnce(), receiptsTakenOnce(),
                shipmentsAnsweredOnce(), commandsTakenOnce(), eventsStoredOnce(), outboxesDrained(),
                onlyExpectedDeadLetters());
    }

    Check stockOnHand() {
        Rule rule = new Rule("stock on hand", "per item: initial + received + adjusted − shipped (its events) = on"
                + " hand (item_view)");
        for (InventoryFacts.Item item : inventory.items().values()) {
            rule.expect(item.viewOnHand() != null && item.viewOnHand() == item.onHandByEvents(),
                    "item " + item.sku() + ": " + item.initial() + " initial + " + item.received() + " received + "
                            + item.adjusted() + " adjusted − " + item.shipped() + " shipped = " + item.onHandByEvents()
                            + ", but on hand shows " + item.viewOnHand());
        }
        return rule.done();
    }

    Check allocatedWithinOnHand() {
        Rule rule = new Rule("allocated ≤ on hand", "per tracked item: units allocated to lines never exceed the"
                + " units on hand");
        for (InventoryFacts.Item item : inventory.items().values()) {
            if (item.tracked() && item.viewOnHand() != null) {
                rule.expect(item.viewAllocated() <= item.viewOnHand(), "item " + item.sku() + ": "
                        + item.viewAllocated() + " allocated, " + item.viewOnHand() + " on hand");
            }
        }
        return rule.done();
    }

    Check itemsMatchTheirLines() {
        Rule rule = new Rule("item = its lines", "per item: allocated = Σ its lines' allocated; backordered = Σ its"
                + " replenishable lines' needed");
        for (InventoryFacts.Item item : inventory.items().values()) {
            int allocated = item.viewAllocated() == null ? 0 : item.viewAllocated();
            int backordered = item.viewBackordered() == null ? 0 : item.viewBackordered();
            rule.expect(allocated == item.linesAllocated() && backordered == item.linesNeededReplenishable(),
                    "item " + item.sku() + ": " + allocated + " allocated and " + backordered
                            + " backordered, its lines hold " + item.linesAllocated() + " and need "
                            + item.linesNeededReplenishable());
        }
        return rule.done();
    }

    Check stockTheRunBrought() {
        Rule rule = new Rule("stock the run brought", "per item of the run: the initial quantity it defined, and"
                + " the units of every receipt it had accepted, each once");
        Map<String, Integer> receivedBySku = new HashMap<>();
        ledger.acceptedReceipts().values().forEach(receipt -> receivedBySku.merge(receipt.sku(), receipt.quantity(),
                Integer::sum));
        Set<String> skus = new HashSet<>(ledger.initialStock().keySet());
        skus.addAll(receivedBySku.keySet());
        for (String sku : new java.util.TreeSet<>(skus)) {
            InventoryFacts.Item item = inventory.items().get(sku);
            int initial = ledger.initialStock().getOrDefault(sku, 0);
            int received = receivedBySku.getOrDefault(sku, 0);
            rule.expect(item != null && item.initial() == initial && item.received() == received,
                    "item " + sku + ": the run defined " + initial + " and had " + received + " units received; its"
                            + " events say " + (item == null ? "nothing" : item.initial() + " and " + item.received()));
        }
        return rule.done();
    }

    Check lineUnitsAddUp() {
        Rule rule = new Rule("line units add up", "per order line: allocated + needed + cancelled + shipped + split"
                + " off + released by the order's cancellation = ordered, on the page and in inventory");
        for (OrderFacts.PageLine page : orders.lines().values()) {
            InventoryFacts.Line line = inventory.lines().get(page.key());
            int released = line == null ? 0 : line.releasedAtCancel();
            int pageSum = page.allocated() + page.needed() + page.cancelled() + page.shipped() + page.splitOff()
                    + released;
            rule.expect(pageSum == page.quantity(), page.key() + " (page): " + page.allocated() + " allocated + "
                    + page.needed() + " needed + " + page.cancelled() + " cancelled + " + page.shipped() + " shipped + "
                    + page.splitOff() + " split off + " + released + " released at cancel = " + pageSum + ", ordered "
                    + page.quantity());
            if (line != null) {
                int sum = line.allocated() + line.needed() + line.cancelled() + line.shipped() + line.transferredOut()
                        + released;
                rule.expect(sum == page.quantity(), page.key() + " (inventory): " + line.allocated() + " allocated + "
                        + line.needed() + " needed + " + line.cancelled() + " cancelled + " + line.shipped()
                        + " shipped + " + line.transferredOut() + " moved to a split + " + released
                        + " released at cancel = " + sum + ", ordered " + page.quantity());
            }
        }
        return rule.done();
    }

    Check pageMatchesInventory() {
        Rule rule = new Rule("page = inventory", "per order line: the page's allocated, needed, shipped, cancelled"
                + " and split off equal inventory's (and its events'); no line known to one service only");
        for (OrderFacts.PageLine page : orders.lines().values()) {
            InventoryFacts.Line line = inventory.lines().get(page.key());
            if (line == null) {
                rule.expect(false, page.key() + " is on the page but inventory has no allocation for it");
                continue;
            }
            int splitOrders = orders.splitUnits().getOrDefault(page.key(), 0);
            rule.expect(page.allocated() == line.allocated() && page.needed() == line.needed()
                            && page.shipped() == line.shipped() && page.cancelled() == line.cancelled()
                            && line.shipped() == line.shippedByEvents()
                            && page.splitOff() == line.filledForSplit() && page.splitOff() == line.transferredOut()
                            && page.splitOff() == splitOrders,
                    page.key() + ": page allocated/needed/shipped/cancelled/split off " + page.allocated() + "/"
                            + page.needed() + "/" + page.shipped() + "/" + page.cancelled() + "/" + page.splitOff()
                            + ", inventory " + line.allocated() + "/" + line.needed() + "/" + line.shipped() + "/"
                            + line.cancelled() + " (shipped by its events " + line.shippedByEvents() + ", filled for a"
                            + " split " + line.filledForSplit() + ", moved to a split " + line.transferredOut()
                            + "), split orders' lines " + splitOrders);
        }
        for (LineKey key : inventory.lines().keySet()) {
            if (!orders.lines().containsKey(key)) {
                rule.expect(false, key + " has an allocation in inventory but no line on any order page");
            }
        }
        return rule.done();
    }

    Check ordersImportedOnce() {
        Rule rule = new Rule("orders imported once", "every order the run sent is imported once, under one number,"
                + " and taken in by inventory; nothing else of the run was imported");
        Set<String> placed = new HashSet<>(inventory.placedOrders());
        for (String storefrontOrderId : new java.util.TreeSet<>(ledger.sentOrders())) {
            String orderNumber = orders.storefrontOrders().get(storefrontOrderId);
            int imports = orders.importsByStorefrontOrder().getOrDefault(storefrontOrderId, 0);
            rule.expect(orderNumber != null && imports == 1 && placed.contains(orderNumber),
                    "storefront order " + storefrontOrderId + ": number " + orderNumber + ", imported " + imports
                            + " time(s), " + (placed.contains(orderNumber) ? "" : "not ") + "taken in by inventory");
        }
        orders.storefrontOrders().keySet().stream().filter(ledger::owns)
                .filter(id -> !ledger.sentOrders().contains(id))
                .forEach(id -> rule.expect(false, "storefront order " + id + " was imported but never sent"));
        orders.importsByStorefrontOrder().forEach((id, imports) -> {
            if (imports > 1 && !ledger.sentOrders().contains(id)) {
                rule.expect(false, "storefront order " + id + " was imported " + imports + " times");
            }
        });
        return rule.done();
    }

    Check receiptsTakenOnce() {
        Rule rule = new Rule("receipts taken once", "every receipt accepted is claimed once and received once with"
                + " its units; a refused one leaves no trace; no receipt id is received twice");
        for (Map.Entry<String, Ledger.Receipt> accepted : new TreeMap<>(ledger.acceptedReceipts()).entrySet()) {
            String id = accepted.getKey();
            Ledger.Receipt receipt = accepted.getValue();
            InventoryFacts.ReceiptRow row = inventory.receipts().get(id);
            InventoryFacts.Received received = inventory.stockReceived().get(id);
            rule.expect(row != null && row.sku().equals(receipt.sku()) && row.quantity() == receipt.quantity()
                            && received != null && received.events() == 1 && received.quantity() == receipt.quantity(),
                    "receipt " + id + " (" + receipt.quantity() + " of " + receipt.sku() + "): claimed as " + row
                            + ", received as " + received);
        }
        for (String id : new java.util.TreeSet<>(ledger.refusedReceipts())) {
            rule.expect(!inventory.receipts().containsKey(id) && !inventory.stockReceived().containsKey(id),
                    "refused receipt " + id + " left a trace: claimed as " + inventory.receipts().get(id)
                            + ", received as " + inventory.stockReceived().get(id));
        }
        inventory.receipts().keySet().stream().filter(ledger::owns)
                .filter(id -> !ledger.acceptedReceipts().containsKey(id) && !ledger.refusedReceipts().contains(id))
                .forEach(id -> rule.expect(false, "receipt " + id + " was claimed but the run never had it accepted"));
        inventory.stockReceived().values().stream().filter(received -> received.events() > 1)
                .filter(received -> !ledger.acceptedReceipts().containsKey(received.receiptId()))
                .forEach(received -> rule.expect(false, "receipt " + received.receiptId() + " was received "
                        + received.events() + " times"));
        return rule.done();
    }

    Check shipmentsAnsweredOnce() {
        Rule rule = new Rule("shipments answered once", "every line of every shipment asked for is answered once by"
                + " inventory (shipped, at most as asked, or refused) and once on the order, the same way; no order"
                + " still waits");
        Map<String, List<ShipmentAnswer>> byInventory = byShipmentLine(inventory.answers());
        Map<String, List<ShipmentAnswer>> byOrder = byShipmentLine(orders.answers());
        Set<String> requested = new HashSet<>();
        for (OrderFacts.ShipmentRequestLine request : orders.shipmentRequests()) {
            String id = request.shipmentId() + " " + request.line();
            requested.add(id);
            List<ShipmentAnswer> fromInventory = byInventory.getOrDefault(id, List.of());
            List<ShipmentAnswer> onOrder = byOrder.getOrDefault(id, List.of());
            rule.expect(fromInventory.size() == 1 && onOrder.size() == 1
                            && fromInventory.get(0).shipped() == onOrder.get(0).shipped()
                            && fromInventory.get(0).quantity() == onOrder.get(0).quantity()
                            && fromInventory.get(0).quantity() <= request.quantity(),
                    "shipment " + id + " (asked " + request.quantity() + "): inventory answered " + fromInventory
                            + ", the order recorded " + onOrder);
        }
        for (String id : union(byInventory.keySet(), byOrder.keySet())) {
            if (!requested.contains(id)) {
                rule.expect(false, "shipment " + id + " was answered but never asked for");
            }
        }
        for (String orderNumber : orders.awaitingShipment()) {
            rule.expect(false, "order " + orderNumber + " still waits for inventory to answer a shipment");
        }
        return rule.done();
    }

    private static Map<String, List<ShipmentAnswer>> byShipmentLine(List<ShipmentAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(answer -> answer.shipmentId() + " " + answer.line()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    Check commandsTakenOnce() {
        Rule rule = new Rule("commands taken once", "every force and cancel-backorder the run had accepted is one"
                + " event in inventory; every order it cancelled is cancelled once, and no other of its orders is");
        int forced = sumOverRunSkus(inventory.forcedBySku());
        rule.expectEqual(ledger.forcesAccepted(), forced, "forced backorders (accepted by inventory vs its events)");
        int cancelled = sumOverRunSkus(inventory.cancelledBackordersBySku());
        rule.expectEqual(ledger.backorderCancelsAccepted(), cancelled,
                "cancelled backorders (accepted by inventory vs its events)");
        Set<String> originals = new HashSet<>();
        orders.lines().values().stream()
                .filter(line -> ledger.owns(line.storefrontOrderId()) && line.originalOrderNumber() == null)
                .forEach(line -> originals.add(line.key().orderNumber()));
        for (String orderNumber : originals) {
            int events = orders.cancellations().getOrDefault(orderNumber, 0);
            int expected = ledger.cancelledOrders().contains(orderNumber) ? 1 : 0;
            rule.expectEqual(expected, events, "order " + orderNumber + " OrderCancelled events");
        }
        orders.cancellations().forEach((orderNumber, events) -> {
            if (events > 1 && !originals.contains(orderNumber)) {
                rule.expect(false, "order " + orderNumber + " was cancelled " + events + " times");
            }
        });
        return rule.done();
    }

    private int sumOverRunSkus(Map<String, Integer> bySku) {
        return bySku.entrySet().stream().filter(entry -> ledger.owns(entry.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    Check eventsStoredOnce() {
        Rule rule = new Rule("events stored once", "no (aggregate, version) twice in either event store");
        for (StoreHealth store : List.of(orders.store(), inventory.store())) {
            rule.expect(store.duplicateVersions().isEmpty(), store.service() + " stores versions twice: "
                    + store.duplicateVersions());
        }
        return rule.done();
    }

    Check outboxesDrained() {
        Rule rule = new Rule("outboxes drained", "every event is published; the relay set none aside");
        for (StoreHealth store : List.of(orders.store(), inventory.store())) {
            rule.expect(store.unpublished() == 0 && store.setAside() == 0, store.service() + ": "
                    + store.unpublished() + " unpublished, " + store.setAside() + " set aside");
        }
        return rule.done();
    }

    Check onlyExpectedDeadLetters() {
        Rule rule = new Rule("dead letters", "the dead letters kept since the run began are exactly the poison it"
                + " sent, each with its reason");
        List<Ledger.ExpectedDeadLetter> expected = new ArrayList<>(ledger.expectedDeadLetters());
        for (DeadLetterSeen seen : deadLetters.stream().filter(ledger::newSinceStart).toList()) {
            Ledger.ExpectedDeadLetter match = expected.stream()
                    .filter(letter -> letter.service().equals(seen.service()) && letter.topic().equals(seen.topic())
                            && Objects.equals(letter.key(), seen.key()))
                    .findFirst().orElse(null);
            rule.expect(match != null && seen.reason() != null && !seen.reason().isBlank(),
                    seen.service() + " dead letter " + seen.id() + " (" + seen.topic() + ", key " + seen.key()
                            + "): " + (match == null ? "not expected" : "no reason") + "; reason: " + seen.reason());
            expected.remove(match);
        }
        for (Ledger.ExpectedDeadLetter missing : expected) {
            rule.expect(false, "expected a dead letter of " + missing.service() + " on " + missing.topic()
                    + " with key " + missing.key() + " (" + missing.why() + "), found none");
        }
        return rule.done();
    }
}
