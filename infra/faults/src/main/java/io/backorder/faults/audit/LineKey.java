package io.backorder.faults.audit;

/** An order line, as both services name it: the order number and the line number. */
public record LineKey(String orderNumber, int lineNo) implements Comparable<LineKey> {

    @Override
    public int compareTo(LineKey other) {
        int byOrder = Long.compare(number(orderNumber), number(other.orderNumber));
        return byOrder != 0 ? byOrder : Integer.compare(lineNo, other.lineNo);
    }

    /** Order numbers are digits; anything else sorts last. */
    private static long number(String orderNumber) {
        try {
            return Long.parseLong(orderNumber);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public String toString() {
        return "order " + orderNumber + " line " + lineNo;
    }
}
