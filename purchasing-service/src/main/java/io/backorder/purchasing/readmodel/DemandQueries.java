package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.purchasing.domain.ItemDemand;
import io.backorder.purchasing.domain.SupplierTerms;
import io.backorder.purchasing.domain.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * Reads the demand view for the planners, on the caller's connection: within a command's transaction it sees that
 * transaction's own writes. A line's placement time comes from orders.events; until that has arrived, the time
 * inventory backordered it stands in.
 */
@ApplicationScoped
public class DemandQueries {

    private static final String POSITIONS = """
            with waiting as (
                select l.sku, sum(l.needed) as waiting,
                       sum(case when l.replenishable then l.needed else 0 end) as replenishable
                  from demand_line l left join order_placement p on p.order_number = l.order_number
                 where l.needed > 0 and coalesce(p.placed_at, l.first_backordered_at) >= ?
                 group by l.sku
            ), on_order as (
                select l.sku, sum(greatest(l.quantity - l.received, 0)) as units
                  from purchase_order_line l join purchase_order o on o.po_number = l.po_number
                 where o.status in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED')
                 group by l.sku
            ), skus as (
                select sku from demand_item union select sku from supplier_item
            )
            select s.sku, coalesce(d.tracked, true) as tracked, coalesce(d.discontinued, false) as discontinued,
                   greatest(coalesce(d.on_hand, 0) - coalesce(d.allocated, 0), 0) as available,
                   coalesce(w.waiting, 0) as waiting, coalesce(w.replenishable, 0) as replenishable,
                   coalesce(o.units, 0) as on_order,
                   i.supplier_id, i.unit_cost, i.minimum_quantity, i.lot_size, i.reorder_point
              from skus s
              left join demand_item d on d.sku = s.sku
              left join waiting w on w.sku = s.sku
              left join on_order o on o.sku = s.sku
              left join supplier_item i on i.sku = s.sku""";

    private static final String WAITING = """
            select l.order_number, l.line_no, l.needed, coalesce(p.placed_at, l.first_backordered_at) as placed_at,
                   l.forced
              from demand_line l left join order_placement p on p.order_number = l.order_number
             where l.sku = ? and l.needed > 0""";

    private static final String AVAILABLE = """
            select greatest(on_hand - allocated, 0) from demand_item where sku = ?""";

    /** Every sku inventory or a supplier item names, with what the quantity rule needs of it. */
    public List<ItemDemand> positions(Connection connection, Instant windowStart) {
        return Sql.query(connection, POSITIONS, rs -> {
            String supplierId = rs.getString("supplier_id");
            SupplierTerms terms = supplierId == null ? null : new SupplierTerms(supplierId,
                    rs.getObject("unit_cost", BigDecimal.class), rs.getInt("minimum_quantity"), rs.getInt("lot_size"),
                    rs.getInt("reorder_point"));
            return new ItemDemand(rs.getString("sku"), rs.getBoolean("tracked"), rs.getBoolean("discontinued"),
                    rs.getInt("available"), rs.getInt("waiting"), rs.getInt("replenishable"), rs.getInt("on_order"),
                    terms);
        }, windowStart);
    }

    public List<WaitingLine> waitingLines(Connection connection, String sku) {
        return Sql.query(connection, WAITING, rs -> new WaitingLine(rs.getString("order_number"), rs.getInt("line_no"),
                rs.getInt("needed"), Sql.instant(rs, "placed_at"), rs.getBoolean("forced")), sku);
    }

    /** Units on hand that no line holds; zero for a sku inventory never spoke of. */
    public int available(Connection connection, String sku) {
        return Sql.query(connection, AVAILABLE, rs -> rs.getInt(1), sku).stream().findFirst().orElse(0);
    }
}
