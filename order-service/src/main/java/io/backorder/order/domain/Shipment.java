package io.backorder.order.domain;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One shipment asked of inventory: the lines asked for, and how inventory answered each of them. */
public final class Shipment {

    private final String shipmentId;
    private final Set<Integer> askedLines;
    private final Map<Integer, Integer> shipped = new TreeMap<>();
    private final Map<Integer, String> refused = new TreeMap<>();

    Shipment(String shipmentId, Set<Integer> askedLines) {
        this.shipmentId = shipmentId;
        this.askedLines = Set.copyOf(askedLines);
    }

    void shipped(int lineNo, int quantity) {
        shipped.merge(lineNo, quantity, Integer::sum);
    }

    void refused(int lineNo, String reason) {
        refused.put(lineNo, reason);
    }

    /** Whether inventory has still to answer this line. */
    boolean awaits(int lineNo) {
        return askedLines.contains(lineNo) && !shipped.containsKey(lineNo) && !refused.containsKey(lineNo);
    }

    /** Every line asked for is answered: shipped or refused. */
    public boolean answered() {
        return askedLines.stream().noneMatch(this::awaits);
    }

    public String shipmentId() {
        return shipmentId;
    }

    public int unitsShipped() {
        return shipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Why inventory refused each line it refused, by line number. */
    public Map<Integer, String> refusals() {
        return Collections.unmodifiableMap(refused);
    }
}
