package io.backorder.inventory.domain;

import java.util.Objects;

/** One line of one order, as inventory knows it. */
public record LineRef(String orderNumber, int lineNo) {

    /**
     * A record's own hash, 31 × the order's + the line's, is the same for line n + 31 of one order and line n of
     * the next when order numbers count up (their hashes then differ by one): an item's lines piled into a few
     * buckets of its maps, and a fill of 100,000 lines spent some of its time walking them (JFR). A large odd
     * multiplier keeps the lines of neighbouring orders apart.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(orderNumber) * 0x9E3779B1 + lineNo;
    }

    @Override
    public String toString() {
        return "order " + orderNumber + " line " + lineNo;
    }
}
