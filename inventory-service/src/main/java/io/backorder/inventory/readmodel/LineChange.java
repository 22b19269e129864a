package io.backorder.inventory.readmodel;

import io.backorder.eventing.ColumnArrays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one event changes on an order line's row of {@code line_allocation}: counts add up. */
final class LineChange {

    /** How the line's "forced to backorder" mark changes. */
    enum Forced {
        KEEP,
        SET,
        /** Cleared once the line needs nothing any more. */
        CLEAR_WHEN_SERVED
    }

    /**
     * Changes to distinct lines in one statement: updates the lines that exist, inserts the others
     * (a line is created by one order's allocation, which the inbox lets through once), and answers
     * the units they add to the item's backordered count.
     */
    private static final String WRITE_ALL = """
            with c as (
                select * from unnest(?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::int[], ?::int[], ?::int[],
                                     ?::boolean[], ?::varchar[], ?::int[])
                       as c(order_number, line_no, sku, allocated, needed, shipped, cancelled, replenishable, forced,
                            backordered_if_replenishable)
            ), updated as (
                update line_allocation l set
                    allocated     = l.allocated + c.allocated,
                    needed        = l.needed + c.needed,
                    shipped       = l.shipped + c.shipped,
                    cancelled     = l.cancelled + c.cancelled,
                    replenishable = coalesce(c.replenishable, l.replenishable),
                    forced        = case c.forced when 'SET' then true
                                                  when 'CLEAR_WHEN_SERVED' then l.forced and l.needed + c.needed > 0
                                                  else l.forced end
                  from c
                 where l.order_number = c.order_number and l.line_no = c.line_no
                returning l.sku, l.replenishable, c.backordered_if_replenishable
            ), inserted as (
                insert into line_allocation (order_number, line_no, sku, allocated, needed, shipped, cancelled,
                                             replenishable, forced)
                select order_number, line_no, sku, allocated, needed, shipped, cancelled, coalesce(replenishable, true),
                       forced = 'SET'
                  from c
                 where not exists (select 1 from line_allocation l
                                    where l.order_number = c.order_number and l.line_no = c.line_no)
                returning sku, replenishable, (select c2.backordered_if_replenishable from c c2
                                           where c2.order_number = line_allocation.order_number
                                             and c2.line_no = line_allocation.line_no)
            )
            select sku, coalesce(sum(case when replenishable then backordered_if_replenishable else 0 end), 0)
              from (select * from updated union all select * from inserted) written
             group by sku""";

    private static final String[] WRITE_ALL_TYPES = {"varchar", "int4", "varchar", "int4", "int4", "int4", "int4",
            "bool", "varchar", "int4"};

    final String orderNumber;
    final int lineNo;
    final String sku;
    int allocated;
    int needed;
    int shipped;
    int cancelled;
    /** Null: left as it is. */
    Boolean replenishable;
    Forced forced = Forced.KEEP;
    /** Units waiting to be replenished that this change adds to the item's count, if the line is replenishable. */
    int backorderedIfReplenishable;

    private LineChange(String orderNumber, int lineNo, String sku) {
        this.orderNumber = orderNumber;
        this.lineNo = lineNo;
        this.sku = sku;
    }

    static LineChange of(String orderNumber, int lineNo, String sku) {
        return new LineChange(orderNumber, lineNo, sku);
    }

    LineChange allocated(int delta) {
        allocated += delta;
        return this;
    }

    LineChange needed(int delta) {
        needed += delta;
        return this;
    }

    /**
     * Folds each change into the one before it where that gives the same row (an allocation that
     * holds some units of a line and backorders the rest is one write, not two).
     */
    static List<LineChange> merged(List<LineChange> changes) {
        List<LineChange> merged = new ArrayList<>(changes.size());
        for (LineChange change : changes) {
            LineChange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.canAbsorb(change)) {
                last.absorb(change);
            } else {
                merged.add(change);
            }
        }
        return merged;
    }

    private boolean canAbsorb(LineChange next) {
        return orderNumber.equals(next.orderNumber) && lineNo == next.lineNo
                && forced != Forced.CLEAR_WHEN_SERVED && next.forced != Forced.CLEAR_WHEN_SERVED
                && (backorderedIfReplenishable == 0 || next.replenishable == null);
    }

    private void absorb(LineChange next) {
        allocated += next.allocated;
        needed += next.needed;
        shipped += next.shipped;
        cancelled += next.cancelled;
        replenishable = next.replenishable != null ? next.replenishable : replenishable;
        forced = next.forced == Forced.SET ? Forced.SET : forced;
        backorderedIfReplenishable += next.backorderedIfReplenishable;
    }

    /**
     * Writes changes (as {@link #merged} them) and answers, by sku, the units they add to each
     * item's backordered count: one statement per run of changes to distinct lines, so a fill or an
     * allocation of any size, over any number of items, is one statement, and changes to the same
     * line apply in their order.
     */
    static Map<String, Integer> writeAll(Connection connection, List<LineChange> changes) throws SQLException {
        Map<String, Integer> backordered = new HashMap<>();
        List<LineChange> run = new ArrayList<>();
        Set<String> linesInRun = new HashSet<>();
        for (LineChange change : changes) {
            if (!linesInRun.add(change.orderNumber + "/" + change.lineNo)) {
                writeRun(connection, run, backordered);
                run.clear();
                linesInRun.clear();
                linesInRun.add(change.orderNumber + "/" + change.lineNo);
            }
            run.add(change);
        }
        writeRun(connection, run, backordered);
        return backordered;
    }

    private static void writeRun(Connection connection, List<LineChange> run, Map<String, Integer> backordered)
            throws SQLException {
        if (run.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(run.size());
        for (LineChange change : run) {
            rows.add(new Object[] {change.orderNumber, change.lineNo, change.sku, change.allocated, change.needed,
                    change.shipped, change.cancelled, change.replenishable, change.forced.name(),
                    change.backorderedIfReplenishable});
        }
        try (PreparedStatement write = connection.prepareStatement(WRITE_ALL)) {
            for (List<Object[]> part : ColumnArrays.runs(rows)) {
                ColumnArrays.bind(connection, write, WRITE_ALL_TYPES, part);
                try (ResultSet rs = write.executeQuery()) {
                    while (rs.next()) {
                        backordered.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                    }
                }
            }
        }
    }
}
