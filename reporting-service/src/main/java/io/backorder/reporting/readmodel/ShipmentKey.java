package io.backorder.reporting.readmodel;

import java.util.Comparator;

/** A row's key in {@code rm_shipment_line}; ordered so that every writer locks a batch's rows in the same order. */
record ShipmentKey(String shipment, String orderNumber, int lineNo) implements Comparable<ShipmentKey> {

    private static final Comparator<ShipmentKey> ORDER = Comparator.comparing(ShipmentKey::shipment)
            .thenComparing(ShipmentKey::orderNumber).thenComparingInt(ShipmentKey::lineNo);

    @Override
    public int compareTo(ShipmentKey other) {
        return ORDER.compare(this, other);
    }
}
