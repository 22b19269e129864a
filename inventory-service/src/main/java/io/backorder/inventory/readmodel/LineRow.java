package io.backorder.inventory.readmodel;

/**
 * A row of {@code line_allocation} built in memory by a rebuild: {@link LineChange}s applied one
 * after the other, as the statement in {@link LineChange} applies them in the database.
 */
final class LineRow {

    final String orderNumber;
    final int lineNo;
    final String sku;
    private int allocated;
    private int needed;
    private int shipped;
    private int cancelled;
    private boolean replenishable = true;
    private boolean forced;

    LineRow(String orderNumber, int lineNo, String sku) {
        this.orderNumber = orderNumber;
        this.lineNo = lineNo;
        this.sku = sku;
    }

    /** Applies a change; answers the units it adds to the item's backordered count. */
    int apply(LineChange change) {
        allocated += change.allocated;
        needed += change.needed;
        shipped += change.shipped;
        cancelled += change.cancelled;
        if (change.replenishable != null) {
            replenishable = change.replenishable;
        }
        forced = switch (change.forced) {
            case SET -> true;
            case CLEAR_WHEN_SERVED -> forced && needed > 0;
            case KEEP -> forced;
        };
        return replenishable ? change.backorderedIfReplenishable : 0;
    }

    Object[] columns() {
        return new Object[] {orderNumber, lineNo, sku, allocated, needed, shipped, cancelled, replenishable, forced};
    }
}
