package io.backorder.inventory.readmodel;

import io.backorder.eventing.ColumnArrays;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private static final String UPSERT = """
            insert into line_allocation as l (order_number, line_no, sku, allocated, needed, shipped, cancelled,
                                              replenishable, forced)
            values (?, ?, ?, ?, ?, ?, ?, coalesce(?, true), ?)
            on conflict (order_number, line_no) do update set
                allocated     = l.allocated + excluded.allocated,
                needed        = l.needed + excluded.needed,
                shipped       = l.shipped + excluded.shipped,
                cancelled     = l.cancelled + excluded.cancelled,
                replenishable = coalesce(?, l.replenishable),
                forced        = case ? when 'SET' then true
                                       when 'CLEAR_WHEN_SERVED' then l.forced and l.needed + excluded.needed > 0
                                       else l.forced end
            returning replenishable""";

    /**
     * Many changes to distinct lines in one statement: updates the lines that exist, inserts the
     * others, and answers the units they add to the item's backordered count.
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
                returning l.replenishable, c.backordered_if_replenishable
            ), inserted as (
                insert into line_allocation (order_number, line_no, sku, allocated, needed, shipped, cancelled,
                                             replenishable, forced)
                select order_number, line_no, sku, allocated, needed, shipped, cancelled, coalesce(replenishable, true),
                       forced = 'SET'
                  from c
                 where not exists (select 1 from line_allocation l
                                    where l.order_number = c.order_number and l.line_no = c.line_no)
                returning replenishable, (select c2.backordered_if_replenishable from c c2
                                           where c2.order_number = line_allocation.order_number
                                             and c2.line_no = line_allocation.line_no)
            )
            select coalesce(sum(case when replenishable then backordered_if_replenishable else 0 end), 0)
              from (select * from updated union all select * from inserted) written""";

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
     * Writes changes (as {@link #merged} them) and answers the units they add to the item's
     * backordered count: in one statement when they touch distinct lines, as a fill or an
     * allocation does, else one by one.
     */
    static int writeAll(Connection connection, List<LineChange> changes) throws SQLException {
        if (changes.isEmpty()) {
            return 0;
        }
        if (changes.size() == 1 || !distinctLines(changes)) {
            int backordered = 0;
            for (LineChange change : changes) {
                backordered += change.write(connection) ? change.backorderedIfReplenishable : 0;
            }
            return backordered;
        }
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (LineChange change : changes) {
            rows.add(new Object[] {change.orderNumber, change.lineNo, change.sku, change.allocated, change.needed,
                    change.shipped, change.cancelled, change.replenishable, change.forced.name(),
                    change.backorderedIfReplenishable});
        }
        try (PreparedStatement write = connection.prepareStatement(WRITE_ALL)) {
            ColumnArrays.bind(connection, write, WRITE_ALL_TYPES, rows);
            try (ResultSet rs = write.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static boolean distinctLines(List<LineChange> changes) {
        Set<String> lines = new HashSet<>();
        return changes.stream().allMatch(change -> lines.add(change.orderNumber + "/" + change.lineNo));
    }

    /** Writes the change; answers whether the line is replenishable afterwards. */
    private boolean write(Connection connection) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, orderNumber);
            upsert.setInt(2, lineNo);
            upsert.setString(3, sku);
            upsert.setInt(4, allocated);
            upsert.setInt(5, needed);
            upsert.setInt(6, shipped);
            upsert.setInt(7, cancelled);
            upsert.setObject(8, replenishable);
            upsert.setBoolean(9, forced == Forced.SET);
            upsert.setObject(10, replenishable);
            upsert.setString(11, forced.name());
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
