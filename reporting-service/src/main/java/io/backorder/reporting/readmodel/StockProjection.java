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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * inventory.events into the read models: each line's allocated, needed, shipped and cancelled
 * units (as order-service's order page counts them), items and their stock on hand, the shipment
 * history, and every change of the backlog for the charts. A line's events all come on its sku's
 * partition, in order; a negative count would be a divergence and is kept visible, not clamped.
 *
 * <p>A batch is projected in a few statements whatever its size: the units each order it changes
 * needs in all ({@code rm_order_need}) are read and locked, so that another batch on the same orders
 * (their other skus are on other partitions, maybe another instance's) waits instead of counting the
 * backlog from stale rows, then the lines it changes are read; the events are applied in memory
 * ({@link LineChanges}) and written at once. Only this projection writes a line's units needed and
 * since when it waits, always under its order's lock, so the lines need no lock of their own. Reading
 * and locking every line of those orders instead cost a fill's batches some 150 ms each: its
 * orders have 500 lines.
 */
@ApplicationScoped
public class StockProjection {

    /** An order first heard of gets its row, which this batch then locks with the others. */
    private static final String ADD_ORDERS = """
            insert into rm_order_need (order_number) select unnest(?::varchar[]) on conflict do nothing""";
    private static final String LOCK_ORDERS = """
            select order_number, needed from rm_order_need where order_number = any (?)
             order by order_number for update""";
    private static final String FIND_LINES = """
            select order_number, line_no, needed, waiting_since from rm_line
             where (order_number, line_no) in (select * from unnest(?::varchar[], ?::int[]))""";
    private static final ArrayStatement WRITE_ORDER_NEEDS = new ArrayStatement("""
            update rm_order_need n set needed = n.needed + d.needed
              from unnest(?::varchar[], ?::int[]) as d(order_number, needed) where n.order_number = d.order_number""",
            "varchar", "int4");

    /** Counts are added, not set: a row another writer made meanwhile keeps what it has. */
    private static final ArrayStatement WRITE_LINES = new ArrayStatement("""
            insert into rm_line as l (order_number, line_no, sku, allocated, needed, shipped, cancelled, split_off,
                                      needed_at_import, first_reason, waiting_since)
            select * from unnest(?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::int[], ?::int[], ?::int[], ?::int[],
                                 ?::int[], ?::varchar[], ?::timestamptz[])
            on conflict (order_number, line_no) do update set
                allocated = l.allocated + excluded.allocated, needed = l.needed + excluded.needed,
                shipped = l.shipped + excluded.shipped, cancelled = l.cancelled + excluded.cancelled,
                split_off = l.split_off + excluded.split_off,
                needed_at_import = l.needed_at_import + excluded.needed_at_import,
                first_reason = coalesce(l.first_reason, excluded.first_reason), waiting_since = excluded.waiting_since""",
            "varchar", "int4", "varchar", "int4", "int4", "int4", "int4", "int4", "int4", "varchar", "timestamptz");

    private static final ArrayStatement WRITE_BACKLOG = new ArrayStatement("""
            insert into rm_backlog_change (at, units, lines, orders)
            select at, units, lines, orders
              from unnest(?::timestamptz[], ?::int[], ?::int[], ?::int[]) with ordinality as b(at, units, lines, orders, n)
             order by n""", "timestamptz", "int4", "int4", "int4");

    private static final ArrayStatement WRITE_ITEMS = new ArrayStatement("""
            insert into rm_item (sku, description, tracked, discontinued)
            select * from unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::boolean[])
            on conflict (sku) do update set description = excluded.description, tracked = excluded.tracked,
                discontinued = excluded.discontinued""", "varchar", "varchar", "bool", "bool");

    private static final ArrayStatement WRITE_ON_HAND = new ArrayStatement("""
            insert into rm_item (sku, on_hand) select * from unnest(?::varchar[], ?::int[])
            on conflict (sku) do update set on_hand = excluded.on_hand""", "varchar", "int4");

    private static final ArrayStatement WRITE_SHIPMENTS = new ArrayStatement("""
            insert into rm_shipment_line (shipment_key, order_number, line_no, sku, quantity, shipped_at)
            select * from unnest(?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::timestamptz[])
            on conflict (shipment_key, order_number, line_no) do update set quantity = excluded.quantity,
                shipped_at = excluded.shipped_at""",
            "varchar", "varchar", "int4", "varchar", "int4", "timestamptz");

    public void project(Connection connection, List<ProjectedEvent> events) {
        Batch batch = new Batch();
        for (ProjectedEvent event : events) {
            batch.apply(event.data(), event.eventId(), event.occurredAt());
        }
        batch.write(connection);
    }

    /** The rows a batch writes; each row once, as the batch's last event for it left it. */
    private static final class Batch {
        private final List<LineEvent> lineEvents = new ArrayList<>();
        // sorted maps: every writer locks rows in key order
        private final Map<String, Object[]> items = new TreeMap<>();
        private final Map<String, Object[]> onHand = new TreeMap<>();
        private final Map<ShipmentKey, Object[]> shipments = new TreeMap<>();

        void apply(EventData event, String eventId, Instant at) {
            if (event instanceof ItemDefined defined) {
                item(defined.sku(), defined.description(), defined.tracked(), defined.discontinued());
            } else if (event instanceof ItemChanged changed) {
                item(changed.sku(), changed.description(), changed.tracked(), changed.discontinued());
            } else if (event instanceof StockReceived received) {
                onHand(received.sku(), received.onHandAfter());
            } else if (event instanceof StockAdjusted adjusted) {
                onHand(adjusted.sku(), adjusted.onHandAfter());
            } else if (event instanceof StockAllocated allocated) {
                line(allocated.orderNumber(), allocated.lineNo(), allocated.sku(),
                        LineDelta.allocated(allocated.quantity()), at);
            } else if (event instanceof LineBackordered backordered) {
                backordered(backordered, at);
            } else if (event instanceof BackorderFilled filled) {
                int units = filled.quantityFilled();
                line(filled.orderNumber(), filled.lineNo(), filled.sku(), filled.forSplit()
                        ? new LineDelta(0, -units, 0, 0, units) : new LineDelta(units, -units, 0, 0, 0), at);
            } else if (event instanceof AllocationTransferred transferred) {
                // The original line counted these units as split off when they were filled.
                line(transferred.toOrderNumber(), transferred.toLineNo(), transferred.sku(),
                        LineDelta.allocated(transferred.quantity()), at);
            } else if (event instanceof BackorderCancelled cancelled) {
                int units = cancelled.quantityCancelled();
                line(cancelled.orderNumber(), cancelled.lineNo(), cancelled.sku(),
                        new LineDelta(0, -units, 0, units, 0), at);
            } else if (event instanceof AllocationReleased released) {
                line(released.orderNumber(), released.lineNo(), released.sku(),
                        LineDelta.allocated(-released.quantity()), at);
            } else if (event instanceof StockShipped shipped) {
                shipped(shipped, eventId, at);
            }
        }

        private void backordered(LineBackordered backordered, Instant at) {
            // Only allocation, which runs at import, backorders for want of stock: those are the import's new backorders.
            int atImport = backordered.reason() == BackorderReason.OUT_OF_STOCK ? backordered.quantityNeeded() : 0;
            lineEvents.add(new LineEvent(new LineKey(backordered.orderNumber(), backordered.lineNo()), backordered.sku(),
                    LineDelta.needed(backordered.quantityNeeded()), at,
                    backordered.reason() == null ? null : backordered.reason().name(), atImport));
        }

        private void shipped(StockShipped shipped, String eventId, Instant at) {
            onHand(shipped.sku(), shipped.onHandAfter());
            line(shipped.orderNumber(), shipped.lineNo(), shipped.sku(),
                    new LineDelta(-shipped.quantity(), 0, shipped.quantity(), 0, 0), at);
            String shipment = shipped.shipmentId() == null ? "event:" + eventId : shipped.shipmentId();
            Object[] row = {shipment, shipped.orderNumber(), shipped.lineNo(), shipped.sku(), shipped.quantity(), at};
            // A row shipped again keeps the sku it was made with, as the upsert does.
            shipments.merge(new ShipmentKey(shipment, shipped.orderNumber(), shipped.lineNo()), row,
                    (first, again) -> new Object[] {first[0], first[1], first[2], first[3], again[4], again[5]});
        }

        private void line(String orderNumber, int lineNo, String sku, LineDelta delta, Instant at) {
            lineEvents.add(LineEvent.of(orderNumber, lineNo, sku, delta, at));
        }

        private void item(String sku, String description, boolean tracked, boolean discontinued) {
            items.put(sku, new Object[] {sku, description, tracked, discontinued});
        }

        private void onHand(String sku, int onHandAfter) {
            onHand.put(sku, new Object[] {sku, onHandAfter});
        }

        void write(Connection connection) {
            Map<String, Integer> orderNeeded = lockOrders(connection);
            LineChanges changes = new LineChanges(findLines(connection), orderNeeded);
            lineEvents.forEach(changes::apply);
            WRITE_ORDER_NEEDS.run(connection, changes.orderNeededAdded().entrySet().stream()
                    .map(order -> new Object[] {order.getKey(), order.getValue()}).toList());
            WRITE_LINES.run(connection, changes.lines().stream().map(line -> new Object[] {line.key.orderNumber(),
                    line.key.lineNo(), line.sku, line.allocated, line.neededAdded, line.shipped, line.cancelled,
                    line.splitOff, line.neededAtImport, line.firstReason, line.waitingSince}).toList());
            WRITE_BACKLOG.run(connection, changes.backlog().stream().map(change -> new Object[] {change.at(),
                    change.units(), change.lines(), change.orders()}).toList());
            // rm_item's spec and stock on hand are separate columns: which is written first makes no difference
            WRITE_ITEMS.run(connection, items.values());
            WRITE_ON_HAND.run(connection, onHand.values());
            WRITE_SHIPMENTS.run(connection, shipments.values());
        }

        /** The units each order the batch changes needs in all, its row locked until the batch commits. */
        private Map<String, Integer> lockOrders(Connection connection) {
            TreeSet<String> orderNumbers = new TreeSet<>();
            lineEvents.forEach(event -> orderNumbers.add(event.line().orderNumber()));
            Map<String, Integer> needed = new HashMap<>();
            if (orderNumbers.isEmpty()) {
                return needed;
            }
            String[] numbers = orderNumbers.toArray(String[]::new);
            Sql.update(connection, ADD_ORDERS, (Object) numbers);
            Sql.query(connection, LOCK_ORDERS, rs -> needed.put(rs.getString(1), rs.getInt(2)), (Object) numbers);
            return needed;
        }

        /** The lines the batch changes that have a row. */
        private Map<LineKey, LineChanges.Found> findLines(Connection connection) {
            TreeSet<LineKey> keys = new TreeSet<>();
            lineEvents.forEach(event -> keys.add(event.line()));
            Map<LineKey, LineChanges.Found> found = new HashMap<>();
            if (keys.isEmpty()) {
                return found;
            }
            Sql.query(connection, FIND_LINES, rs -> found.put(new LineKey(rs.getString(1), rs.getInt(2)),
                    new LineChanges.Found(rs.getInt(3), Sql.instant(rs, "waiting_since"))),
                    keys.stream().map(LineKey::orderNumber).toArray(String[]::new),
                    keys.stream().map(LineKey::lineNo).toArray(Integer[]::new));
            return found;
        }
    }
}
