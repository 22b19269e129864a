package io.backorder.order.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps each order line's allocated and needed units current from inventory.events: inventory owns
 * allocations, the order page shows them.
 */
@ApplicationScoped
public class AllocationProjector {

    public void apply(EventData event) {
        if (event instanceof StockAllocated allocated) {
            line(allocated.orderNumber(), allocated.lineNo()).allocated += allocated.quantity();
        } else if (event instanceof LineBackordered backordered) {
            line(backordered.orderNumber(), backordered.lineNo()).needed += backordered.quantityNeeded();
        }
    }

    private static OrderLineView line(String orderNumber, int lineNo) {
        OrderView order = OrderView.findById(orderNumber);
        OrderLineView line = order == null ? null
                : order.lines.stream().filter(l -> l.lineNo == lineNo).findFirst().orElse(null);
        if (line == null) {
            throw new PoisonMessageException("inventory names order " + orderNumber + " line " + lineNo
                    + ", which order-service does not know");
        }
        return line;
    }
}
