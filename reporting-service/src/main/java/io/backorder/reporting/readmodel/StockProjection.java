package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * inventory.events into the read models: each line's allocated, needed, shipped and cancelled
 * units (as order-service's order page counts them), items and their stock on hand, the shipment
 * history, and every change of the backlog for the charts. A line's events all come on its sku's
 * partition, in order; a negative count would be a divergence and is kept visible, not clamped.
 */
@ApplicationScoped
public class StockProjection {

    public void apply(Connection connection, EventData event, String eventId, Instant occurredAt) {
        if (event instanceof ItemDefined defined) {
            item(connection, defined.sku(), defined.description(), defined.tracked(), defined.discontinued());
        } else if (event instanceof ItemChanged changed) {
            item(connection, changed.sku(), changed.description(), changed.tracked(), changed.discontinued());
        } else if (event instanceof StockReceived received) {
            onHand(connection, received.sku(), received.onHandAfter());
        } else if (event instanceof StockAdjusted adjusted) {
            onHand(connection, adjusted.sku(), adjusted.onHandAfter());
        } else if (event instanceof StockAllocated allocated) {
            change(connection, allocated.orderNumber(), allocated.lineNo(), allocated.sku(),
                    LineDelta.allocated(allocated.quantity()), occurredAt);
        } else if (event instanceof LineBackordered backordered) {
            backordered(connection, backordered, occurredAt);
        } else if (event instanceof BackorderFilled filled) {
            int units = filled.quantityFilled();
            change(connection, filled.orderNumber(), filled.lineNo(), filled.sku(), filled.forSplit()
                    ? new LineDelta(0, -units, 0, 0, units) : new LineDelta(units, -units, 0, 0, 0), occurredAt);
        } else if (event instanceof AllocationTransferred transferred) {
            // The original line counted these units as split off when they were filled.
            change(connection, transferred.toOrderNumber(), transferred.toLineNo(), transferred.sku(),
                    LineDelta.allocated(transferred.quantity()), occurredAt);
        } else if (event instanceof BackorderCancelled cancelled) {
            int units = cancelled.quantityCancelled();
            change(connection, cancelled.orderNumber(), cancelled.lineNo(), cancelled.sku(),
                    new LineDelta(0, -units, 0, units, 0), occurredAt);
        } else if (event instanceof AllocationReleased released) {
            change(connection, released.orderNumber(), released.lineNo(), released.sku(),
                    LineDelta.allocated(-released.quantity()), occurredAt);
        } else if (event instanceof StockShipped shipped) {
            shipped(connection, shipped, eventId, occurredAt);
        }
    }

    private void backordered(Connection connection, LineBackordered backordered, Instant occurredAt) {
        change(connection, backordered.orderNumber(), backordered.lineNo(), backordered.sku(),
                LineDelta.needed(backordered.quantityNeeded()), occurredAt);
        // Only allocation, which runs at import, backorders for want of stock: those are the import's new backorders.
        int atImport = backordered.reason() == BackorderReason.OUT_OF_STOCK ? backordered.quantityNeeded() : 0;
        Sql.update(connection, """
                update rm_line set first_reason = coalesce(first_reason, ?), needed_at_import = needed_at_import + ?
                where order_number = ? and line_no = ?""",
                backordered.reason() == null ? null : backordered.reason().name(), atImport,
                backordered.orderNumber(), backordered.lineNo());
    }

    private void shipped(Connection connection, StockShipped shipped, String eventId, Instant occurredAt) {
        onHand(connection, shipped.sku(), shipped.onHandAfter());
        change(connection, shipped.orderNumber(), shipped.lineNo(), shipped.sku(),
                new LineDelta(-shipped.quantity(), 0, shipped.quantity(), 0, 0), occurredAt);
        String shipment = shipped.shipmentId() == null ? "event:" + eventId : shipped.shipmentId();
        Sql.update(connection, """
                insert into rm_shipment_line (shipment_key, order_number, line_no, sku, quantity, shipped_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (shipment_key, order_number, line_no) do update set quantity = excluded.quantity,
                    shipped_at = excluded.shipped_at""",
                shipment, shipped.orderNumber(), shipped.lineNo(), shipped.sku(), shipped.quantity(), occurredAt);
    }

    /**
     * Adds the delta to the line (making the row if inventory is heard of before the order) and,
     * when the units needed changed, records the backlog's change: units, and the lines and orders
     * that started or stopped waiting.
     */
    private void change(Connection connection, String orderNumber, int lineNo, String sku, LineDelta delta,
                        Instant occurredAt) {
        Integer lineNeeded = Sql.one(connection, """
                insert into rm_line (order_number, line_no, sku, allocated, needed, shipped, cancelled, split_off,
                                     waiting_since)
                values (?, ?, ?, ?, ?, ?, ?, ?, case when ? > 0 then ?::timestamptz end)
                on conflict (order_number, line_no) do update set
                    allocated = rm_line.allocated + excluded.allocated, needed = rm_line.needed + excluded.needed,
                    shipped = rm_line.shipped + excluded.shipped, cancelled = rm_line.cancelled + excluded.cancelled,
                    split_off = rm_line.split_off + excluded.split_off,
                    waiting_since = case when rm_line.needed <= 0 and rm_line.needed + excluded.needed > 0
                                         then excluded.waiting_since else rm_line.waiting_since end
                returning needed""",
                rs -> rs.getInt(1), orderNumber, lineNo, sku, delta.allocated(), delta.needed(), delta.shipped(),
                delta.cancelled(), delta.splitOff(), delta.needed(), occurredAt);
        if (delta.needed() == 0) {
            return;
        }
        int orderNeeded = Sql.one(connection, "select coalesce(sum(needed), 0) from rm_line where order_number = ?",
                rs -> rs.getInt(1), orderNumber);
        Sql.update(connection, "insert into rm_backlog_change (at, units, lines, orders) values (?, ?, ?, ?)",
                occurredAt, delta.needed(), crossing(lineNeeded - delta.needed(), lineNeeded),
                crossing(orderNeeded - delta.needed(), orderNeeded));
    }

    /** +1 when a count starts being waited for, -1 when it stops, 0 otherwise. */
    static int crossing(int before, int after) {
        return Integer.compare(after > 0 ? 1 : 0, before > 0 ? 1 : 0);
    }

    private static void item(Connection connection, String sku, String description, boolean tracked,
                             boolean discontinued) {
        Sql.update(connection, """
                insert into rm_item (sku, description, tracked, discontinued) values (?, ?, ?, ?)
                on conflict (sku) do update set description = excluded.description, tracked = excluded.tracked,
                    discontinued = excluded.discontinued""", sku, description, tracked, discontinued);
    }

    private static void onHand(Connection connection, String sku, int onHandAfter) {
        Sql.update(connection, """
                insert into rm_item (sku, on_hand) values (?, ?)
                on conflict (sku) do update set on_hand = excluded.on_hand""", sku, onHandAfter);
    }
}
