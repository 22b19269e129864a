package io.backorder.order.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps each order line's allocated, needed and cancelled units current from inventory.events:
 * inventory owns allocations, the order page shows them. Units filled for a split never count as
 * the original line's: they show as split off at once. Shipped units come from the order's own
 * OrderShipped (recorded when inventory confirms), so StockShipped changes nothing here.
 */
@ApplicationScoped
public class AllocationProjector {

    public void apply(EventData event) {
        if (event instanceof StockAllocated allocated) {
            line(allocated.orderNumber(), allocated.lineNo()).allocated += allocated.quantity();
        } else if (event instanceof LineBackordered backordered) {
            line(backordered.orderNumber(), backordered.lineNo()).needed += backordered.quantityNeeded();
        } else if (event instanceof AllocationReleased released) {
            OrderLineView line = line(released.orderNumber(), released.lineNo());
            line.allocated = Math.max(0, line.allocated - released.quantity());
        } else if (event instanceof BackorderFilled filled) {
            OrderLineView line = line(filled.orderNumber(), filled.lineNo());
            line.needed -= filled.quantityFilled();
            if (filled.forSplit()) {
                line.splitOff += filled.quantityFilled();
            } else {
                line.allocated += filled.quantityFilled();
            }
        } else if (event instanceof AllocationTransferred transferred) {
            // The original line counted these units as split off when they were filled.
            line(transferred.toOrderNumber(), transferred.toLineNo()).allocated += transferred.quantity();
        } else if (event instanceof BackorderCancelled cancelled) {
            OrderLineView line = line(cancelled.orderNumber(), cancelled.lineNo());
            line.needed -= cancelled.quantityCancelled();
            line.cancelled += cancelled.quantityCancelled();
        }
    }

    /**
     * Locks the pages of the orders these events will change and loads them in one query, so that applying each of
     * them finds its page in the transaction's session instead of asking the database once per event.
     *
     * <p>The lock is what keeps units from being lost. An order's lines sit on as many partitions as it has skus, so
     * two instances of order-service (or one taking a partition over from another) change the lines of one order at
     * once. A batch that read the page before the other committed wrote its lines back whole at its commit, the
     * other's units with them; and a fill's question "is the order complete now?" was answered by both batches each
     * without the other's fill, so neither approved it. Locked first, the second batch reads the page once the first
     * committed, and sees both.
     */
    public void prepare(Connection connection, List<EventData> events) {
        Set<String> orderNumbers = new HashSet<>();
        for (EventData event : events) {
            String orderNumber = orderChangedBy(event);
            if (orderNumber != null) {
                orderNumbers.add(orderNumber);
            }
        }
        OrderView.lockAndLoad(connection, orderNumbers);
    }

    /** The order whose lines this event changes, here or through the order's own events; or null. */
    private static String orderChangedBy(EventData event) {
        if (event instanceof StockAllocated allocated) {
            return allocated.orderNumber();
        } else if (event instanceof LineBackordered backordered) {
            return backordered.orderNumber();
        } else if (event instanceof AllocationReleased released) {
            return released.orderNumber();
        } else if (event instanceof BackorderFilled filled) {
            return filled.orderNumber();
        } else if (event instanceof AllocationTransferred transferred) {
            return transferred.toOrderNumber();
        } else if (event instanceof BackorderCancelled cancelled) {
            return cancelled.orderNumber();
        } else if (event instanceof StockShipped shipped && shipped.shipmentId() != null) {
            // answered by the order's own OrderShipped, which counts the line's units as shipped
            return shipped.orderNumber();
        }
        return null;
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
