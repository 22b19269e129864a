package io.backorder.reporting.readmodel;

import java.util.Comparator;
import java.util.Objects;

/** An order line's key in {@code rm_line}; ordered so that every writer locks a batch's lines in the same order. */
record LineKey(String orderNumber, int lineNo) implements Comparable<LineKey> {

    private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::orderNumber)
            .thenComparingInt(LineKey::lineNo);

    @Override
    public int compareTo(LineKey other) {
        return ORDER.compare(this, other);
    }

    /**
     * Not a record's own hash, 31 × the order's + the line's: line n + 31 of one order and line n of the next have
     * the same one when order numbers count up, and a rebuild's maps of a batch's lines walked overfull buckets
     * (JFR; inventory's {@code LineRef} had the same trouble). A large odd multiplier keeps them apart.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(orderNumber) * 0x9E3779B1 + lineNo;
    }
}
