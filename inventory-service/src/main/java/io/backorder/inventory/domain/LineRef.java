package io.backorder.inventory.domain;

/** One line of one order, as inventory knows it. */
public record LineRef(String orderNumber, int lineNo) {

    @Override
    public String toString() {
        return "order " + orderNumber + " line " + lineNo;
    }
}
