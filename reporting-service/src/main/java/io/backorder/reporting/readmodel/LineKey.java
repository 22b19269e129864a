package io.backorder.reporting.readmodel;

import java.util.Comparator;

/** An order line's key in {@code rm_line}; ordered so that every writer locks a batch's lines in the same order. */
record LineKey(String orderNumber, int lineNo) implements Comparable<LineKey> {

    private static final Comparator<LineKey> ORDER = Comparator.comparing(LineKey::orderNumber)
            .thenComparingInt(LineKey::lineNo);

    @Override
    public int compareTo(LineKey other) {
        return ORDER.compare(this, other);
    }
}
