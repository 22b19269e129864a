package io.backorder.faults.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.faults.ServiceCalls;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the services answer over HTTP, held against what the audit read from their databases, on a sample: an order's
 * page ({@code GET /api/orders/{n}}), its allocation in inventory ({@code GET /api/orders/{n}/allocation}) and items
 * ({@code GET /api/items/{sku}}). The databases are where the audit reads everything; this shows that they are what
 * a merchant sees.
 */
final class ApiViews {

    private final ServiceCalls calls;
    private final AuditTarget target;
    private final int sampleSize;

    ApiViews(ServiceCalls calls, AuditTarget target, int sampleSize) {
        this.calls = calls;
        this.target = target;
        this.sampleSize = sampleSize;
    }

    Check check(InventoryFacts inventory, OrderFacts orders) throws IOException, InterruptedException {
        Rule rule = new Rule("APIs show the same", "on a sample of up to " + sampleSize + " orders and items: the"
                + " order page, inventory's allocation and the item show what the databases hold");
        for (String orderNumber : sample(new TreeSet<>(orders.lines().keySet().stream().map(LineKey::orderNumber)
                .toList()))) {
            JsonNode page = calls.getJson(target.orderServiceUrl() + "/api/orders/" + orderNumber);
            for (JsonNode line : page.path("lines")) {
                LineKey key = new LineKey(orderNumber, line.path("lineNo").asInt());
                OrderFacts.PageLine stored = orders.lines().get(key);
                rule.expect(stored != null && stored.quantity() == line.path("quantity").asInt()
                                && stored.allocated() == line.path("allocated").asInt()
                                && stored.needed() == line.path("needed").asInt()
                                && stored.shipped() == line.path("shipped").asInt()
                                && stored.cancelled() == line.path("cancelled").asInt()
                                && stored.splitOff() == line.path("splitOff").asInt(),
                        key + ": the page shows " + line + ", the database " + stored);
            }
            ServiceCalls.Answer allocation = calls.get(target.inventoryServiceUrl() + "/api/orders/" + orderNumber
                    + "/allocation");
            for (JsonNode line : allocation.status() == 200 ? allocation.json().path("lines") : List.<JsonNode>of()) {
                LineKey key = new LineKey(orderNumber, line.path("lineNo").asInt());
                InventoryFacts.Line stored = inventory.lines().get(key);
                rule.expect(stored != null && stored.allocated() == line.path("allocated").asInt()
                                && stored.needed() == line.path("needed").asInt(),
                        key + ": inventory's allocation shows " + line + ", its database " + stored);
            }
        }
        Map<String, InventoryFacts.Item> items = inventory.items();
        for (String sku : sample(new TreeSet<>(items.keySet()))) {
            InventoryFacts.Item stored = items.get(sku);
            ServiceCalls.Answer item = calls.get(target.inventoryServiceUrl() + "/api/items/" + sku);
            if (stored.viewOnHand() == null) {
                continue;
            }
            JsonNode shown = item.status() == 200 ? item.json() : null;
            rule.expect(shown != null && shown.path("onHand").asInt() == stored.viewOnHand()
                            && shown.path("allocated").asInt() == stored.viewAllocated()
                            && shown.path("backordered").asInt() == stored.viewBackordered(),
                    "item " + sku + ": the API shows " + (shown == null ? item : shown) + ", the database " + stored);
        }
        return rule.done();
    }

    /** Up to {@link #sampleSize} of {@code all}, spread evenly from first to last. */
    List<String> sample(TreeSet<String> all) {
        List<String> ordered = List.copyOf(all);
        if (ordered.size() <= sampleSize) {
            return ordered;
        }
        double step = (double) ordered.size() / sampleSize;
        return java.util.stream.IntStream.range(0, sampleSize).mapToObj(i -> ordered.get((int) (i * step))).toList();
    }
}
