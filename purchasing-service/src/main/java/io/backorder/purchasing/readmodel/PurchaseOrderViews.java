package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.PurchaseOrderLine;
import io.backorder.purchasing.domain.Supply;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes purchase_order and purchase_order_line as the aggregate stands after its latest events (the arithmetic of
 * receipts lives in the aggregate alone), and reads what the planners need from them: what is on order, what the
 * sent orders bring and when, which orders are overdue.
 */
@ApplicationScoped
public class PurchaseOrderViews {

    private static final String UPSERT_ORDER = """
            insert into purchase_order as o (po_number, supplier_id, status, backorder_window_days, created_at, sent_at,
                                             expected_date, late, closed_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, case when ? then ?::timestamptz end, ?)
            on conflict (po_number) do update set
                status = excluded.status, sent_at = excluded.sent_at, expected_date = excluded.expected_date,
                late = excluded.late, closed_at = coalesce(o.closed_at, excluded.closed_at), version = excluded.version""";

    private static final String DELETE_LINES = "delete from purchase_order_line where po_number = ?";

    private static final String INSERT_LINE = """
            insert into purchase_order_line (po_number, sku, quantity, unit_cost, received, over_received)
            values (?, ?, ?, ?, ?, ?)""";

    private static final String SUPPLIES = """
            select o.po_number, o.expected_date, greatest(l.quantity - l.received, 0) as outstanding, o.late
              from purchase_order_line l join purchase_order o on o.po_number = l.po_number
             where l.sku = ? and o.status in ('SENT', 'PARTIALLY_RECEIVED')""";

    private static final String OVERDUE = """
            select po_number from purchase_order
             where status in ('SENT', 'PARTIALLY_RECEIVED') and not late and expected_date < ?
             order by po_number""";

    private static final String SKUS_OF_LATE = """
            select distinct l.sku from purchase_order_line l join purchase_order o on o.po_number = l.po_number
             where o.status in ('SENT', 'PARTIALLY_RECEIVED') and o.late""";

    /** The order's row and lines as they are now; {@code at} is the time of the events that led there. */
    public void write(Connection connection, PurchaseOrder order, Instant at) {
        Sql.update(connection, UPSERT_ORDER, order.poNumber(), order.supplierId(), order.status().name(),
                order.backorderWindowDays(), at, order.sentAt(), order.expectedDate(), order.late(),
                !order.status().open(), at, order.version());
        Sql.update(connection, DELETE_LINES, order.poNumber());
        for (PurchaseOrderLine line : order.lines()) {
            Sql.update(connection, INSERT_LINE, order.poNumber(), line.sku(), line.quantity(), line.unitCost(),
                    line.received(), line.overReceived());
        }
    }

    /** What the sent, open purchase orders still bring of a sku. */
    public List<Supply> supplies(Connection connection, String sku) {
        return Sql.query(connection, SUPPLIES, rs -> new Supply(rs.getString("po_number"),
                rs.getObject("expected_date", LocalDate.class), rs.getInt("outstanding"), rs.getBoolean("late")), sku);
    }

    /** Sent orders still open whose expected date is before {@code today} and that nobody called late yet. */
    public List<String> overdue(Connection connection, LocalDate today) {
        return Sql.query(connection, OVERDUE, rs -> rs.getString(1), today);
    }

    /** The skus that late, open orders still bring: their promises move with every day. */
    public List<String> skusOfLateOrders(Connection connection) {
        return Sql.query(connection, SKUS_OF_LATE, rs -> rs.getString(1));
    }
}
