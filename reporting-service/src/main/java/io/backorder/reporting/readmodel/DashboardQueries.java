package io.backorder.reporting.readmodel;

import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dashboard's figures: the backlog now and over time, how old it is, what is most waited for. */
@ApplicationScoped
public class DashboardQueries {

    /** The backlog at the end of a day. */
    public record BacklogDay(LocalDate day, long units, long lines, long orders) {
    }

    /** Waiting lines of one age band (days since the order was placed). */
    public record AgingBucket(String label, long lines, long units) {
    }

    /** An item and the units waiting for it. */
    public record WaitedItem(String sku, String description, long unitsNeeded, long ordersWaiting, long onOrder) {
    }

    /** Units needed, and how many of them the open purchase orders cover. */
    public record Coverage(long unitsNeeded, long unitsCovered) {
    }

    public record Dashboard(long unitsNeeded, long linesWaiting, long ordersWaiting, List<BacklogDay> backlog,
                            List<AgingBucket> aging, List<WaitedItem> mostWaitedFor, Coverage coverage) {
    }

    private static final String AGING = """
            select case when age <= 7 then '0-7 days' when age <= 14 then '8-14 days'
                        when age <= 30 then '15-30 days' when age <= 60 then '31-60 days' else 'over 60 days' end as band,
                   count(*) as lines, sum(needed) as units
            from (select l.needed, (?::date - (coalesce(orig.placed_at, o.placed_at, l.waiting_since) at time zone 'UTC')::date) as age
                  from rm_line l left join rm_order o on o.order_number = l.order_number
                  left join rm_order orig on orig.order_number = o.original_order_number
                  where l.needed > 0 and not coalesce(o.cancelled, false)) a
            group by band""";

    private static final String MOST_WAITED = """
            select l.sku, max(i.description) as description, sum(l.needed) as units,
                   count(distinct l.order_number) as orders, coalesce(max(oo.on_order), 0) as on_order
            from rm_line l left join rm_order o on o.order_number = l.order_number
            left join rm_item i on i.sku = l.sku
            left join (select pl.sku, sum(greatest(pl.ordered - pl.received, 0)) as on_order
                       from rm_purchase_line pl join rm_purchase_order p on p.po_number = pl.po_number
                       where p.status in ('SENT', 'PARTIALLY_RECEIVED') group by pl.sku) oo on oo.sku = l.sku
            where l.needed > 0 and not coalesce(o.cancelled, false)
            group by l.sku order by units desc, l.sku""";

    private final ReportQueries queries;

    DashboardQueries(ReportQueries queries) {
        this.queries = queries;
    }

    public Dashboard dashboard(int days, LocalDate today) {
        return queries.withConnection(connection -> {
            List<BacklogDay> backlog = backlog(connection, days, today);
            BacklogDay now = backlog.get(backlog.size() - 1);
            List<WaitedItem> items = Sql.query(connection, MOST_WAITED, rs -> new WaitedItem(rs.getString("sku"),
                    rs.getString("description"), rs.getLong("units"), rs.getLong("orders"), rs.getLong("on_order")));
            long needed = items.stream().mapToLong(WaitedItem::unitsNeeded).sum();
            long covered = items.stream().mapToLong(item -> Math.min(item.unitsNeeded(), item.onOrder())).sum();
            return new Dashboard(now.units(), now.lines(), now.orders(), backlog, aging(connection, today),
                    items.subList(0, Math.min(10, items.size())), new Coverage(needed, covered));
        });
    }

    /** The backlog at the end of each of the last {@code days} days: what came before, then day by day. */
    private static List<BacklogDay> backlog(Connection connection, int days, LocalDate today) {
        LocalDate first = today.minusDays(days - 1L);
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        long[] running = Sql.one(connection, """
                select coalesce(sum(units), 0), coalesce(sum(lines), 0), coalesce(sum(orders), 0)
                from rm_backlog_change where at < ?""",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, start);
        Map<LocalDate, long[]> byDay = new HashMap<>();
        Sql.query(connection, """
                select (at at time zone 'UTC')::date as day, sum(units), sum(lines), sum(orders)
                from rm_backlog_change where at >= ? group by 1""", rs -> byDay.put(
                rs.getObject(1, LocalDate.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}), start);
        List<BacklogDay> series = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long[] change = byDay.getOrDefault(day, new long[3]);
            for (int i = 0; i < 3; i++) {
                running[i] += change[i];
            }
            series.add(new BacklogDay(day, running[0], running[1], running[2]));
        }
        return series;
    }

    private static List<AgingBucket> aging(Connection connection, LocalDate today) {
        Map<String, AgingBucket> found = new HashMap<>();
        Sql.query(connection, AGING, rs -> found.put(rs.getString("band"),
                new AgingBucket(rs.getString("band"), rs.getLong("lines"), rs.getLong("units"))), today);
        return List.of("0-7 days", "8-14 days", "15-30 days", "31-60 days", "over 60 days").stream()
                .map(band -> found.getOrDefault(band, new AgingBucket(band, 0, 0))).toList();
    }
}
