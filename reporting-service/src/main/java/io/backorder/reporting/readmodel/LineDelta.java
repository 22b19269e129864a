package io.backorder.reporting.readmodel;

/** How one inventory event changes an order line's units; added to the line's row. */
record LineDelta(int allocated, int needed, int shipped, int cancelled, int splitOff) {

    static LineDelta allocated(int units) {
        return new LineDelta(units, 0, 0, 0, 0);
    }

    static LineDelta needed(int units) {
        return new LineDelta(0, units, 0, 0, 0);
    }
}
