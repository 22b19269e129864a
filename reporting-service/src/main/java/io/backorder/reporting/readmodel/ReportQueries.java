package io.backorder.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.Sql;
import io.backorder.reporting.domain.AgeDays;
import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.domain.ReportFilter;
import io.backorder.reporting.readmodel.ReportRows.BackorderLine;
import io.backorder.reporting.readmodel.ReportRows.CustomerBackorders;
import io.backorder.reporting.readmodel.ReportRows.ItemBackorders;
import io.backorder.reporting.readmodel.ReportRows.NewBackorderLine;
import io.backorder.reporting.readmodel.ReportRows.NotShippedItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The seed's reports, read from the read models. "Waiting" is a line of an order not cancelled
 * that still needs units; an order split off at fill reports the customer and placement of the
 * order it came from. Every query is paged in SQL and filtered on indexed columns.
 */
@ApplicationScoped
public class ReportQueries {

    /** Waiting lines with their order's customer and placement and their item. */
    private static final String WAITING = """
            with waiting as (
                select l.order_number, l.line_no, l.sku, l.ordered, l.allocated, l.needed,
                       l.promise_status, l.promised_date, l.promised_po,
                       coalesce(orig.customer_id, o.customer_id) as customer_id,
                       coalesce(orig.customer_name, o.customer_name) as customer_name,
                       coalesce(orig.customer_email, o.customer_email) as customer_email,
                       coalesce(orig.placed_at, o.placed_at) as placed_at,
                       i.description, i.on_hand, i.supplier_id as item_supplier
                from rm_line l
                left join rm_order o on o.order_number = l.order_number
                left join rm_order orig on orig.order_number = o.original_order_number
                left join rm_item i on i.sku = l.sku
                where l.needed > 0 and not coalesce(o.cancelled, false)
            )
            """;

    /** Units of a sku on sent, unclosed purchase orders. */
    private static final String ON_ORDER = """
            select pl.sku, sum(greatest(pl.ordered - pl.received, 0)) as on_order
            from rm_purchase_line pl join rm_purchase_order p on p.po_number = pl.po_number
            where p.status in ('SENT', 'PARTIALLY_RECEIVED') group by pl.sku""";

    private final AgroalDataSource dataSource;

    ReportQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ReportPage<CustomerBackorders> byCustomer(ReportFilter filter, Paging paging, String sort, LocalDate today) {
        Where where = Where.of(filter);
        String orderBy = Sorting.orderBy(sort, Map.of("customerId", "customer_id", "customerName", "max(customer_name)",
                "orders", "count(distinct order_number)", "lines", "count(*)", "unitsNeeded", "sum(needed)",
                "oldestPlacedAt", "min(placed_at)"), "min(placed_at), customer_id");
        String grouped = " from waiting w" + where.sql() + " group by customer_id";
        return page(WAITING + """
                select customer_id, max(customer_name) as customer_name, max(customer_email) as customer_email,
                       count(distinct order_number) as orders, count(*) as lines, sum(needed) as units,
                       min(placed_at) as oldest""" + grouped + " order by " + orderBy + " limit ? offset ?",
                WAITING + "select count(*) from (select 1" + grouped + ") g", where, paging,
                rs -> new CustomerBackorders(rs.getString("customer_id"), rs.getString("customer_name"),
                        rs.getString("customer_email"), rs.getLong("orders"), rs.getLong("lines"), rs.getLong("units"),
                        Sql.instant(rs, "oldest"), AgeDays.since(Sql.instant(rs, "oldest"), today)));
    }

    public ReportPage<BackorderLine> byOrder(ReportFilter filter, Paging paging, String sort, LocalDate today) {
        Where where = Where.of(filter);
        String orderBy = Sorting.orderBy(sort, Map.of("orderNumber", "length(w.order_number), w.order_number",
                "customerName", "w.customer_name", "sku", "w.sku", "needed", "w.needed", "placedAt", "w.placed_at",
                "promisedDate", "w.promised_date"), "length(w.order_number), w.order_number, w.line_no");
        // The page first, then its purchase orders: the lateral look-up runs for 50 rows, not every waiting line.
        return page(WAITING + """
                select w.*, coalesce(w.promised_po, po.po_number) as po_number,
                       coalesce(po.supplier_id, w.item_supplier) as supplier_id
                from (select * from waiting w""" + where.sql() + " order by " + orderBy + """
                      limit ? offset ?) w
                left join lateral (
                    select p.po_number, p.supplier_id from rm_purchase_line pl
                    join rm_purchase_order p on p.po_number = pl.po_number
                    where pl.sku = w.sku and p.status in ('SENT', 'PARTIALLY_RECEIVED') and pl.ordered > pl.received
                    order by p.sent_at, p.po_number limit 1) po on true""" + " order by " + orderBy,
                WAITING + "select count(*) from waiting w" + where.sql(), where, paging,
                rs -> new BackorderLine(rs.getString("order_number"), rs.getInt("line_no"),
                        rs.getString("customer_id"), rs.getString("customer_name"), rs.getString("sku"),
                        rs.getString("description"), Sql.integer(rs, "ordered"), rs.getInt("allocated"),
                        rs.getInt("needed"), Sql.instant(rs, "placed_at"),
                        AgeDays.since(Sql.instant(rs, "placed_at"), today), rs.getString("supplier_id"),
                        rs.getString("po_number"), rs.getObject("promised_date", LocalDate.class),
                        rs.getString("promise_status")));
    }

    public ReportPage<ItemBackorders> summary(ReportFilter filter, Paging paging, String sort, LocalDate today) {
        Where where = Where.of(filter);
        String orderBy = Sorting.orderBy(sort, Map.of("sku", "w.sku", "unitsNeeded", "sum(w.needed)",
                "ordersWaiting", "count(distinct w.order_number)", "oldestPlacedAt", "min(w.placed_at)",
                "onOrder", "max(oo.on_order)", "onHand", "max(w.on_hand)"), "w.sku");
        return page(WAITING + """
                select w.sku, max(w.description) as description, sum(w.needed) as units,
                       count(distinct w.order_number) as orders, min(w.placed_at) as oldest,
                       coalesce(max(oo.on_order), 0) as on_order, max(w.on_hand) as on_hand,
                       min(w.promised_date) as promised_date, max(w.item_supplier) as supplier_id
                from waiting w left join (""" + ON_ORDER + ") oo on oo.sku = w.sku" + where.sql()
                        + " group by w.sku order by " + orderBy + " limit ? offset ?",
                WAITING + "select count(distinct w.sku) from waiting w" + where.sql(), where, paging,
                rs -> new ItemBackorders(rs.getString("sku"), rs.getString("description"),
                        rs.getLong("units"), rs.getLong("orders"), Sql.instant(rs, "oldest"),
                        AgeDays.since(Sql.instant(rs, "oldest"), today), rs.getLong("on_order"),
                        Sql.integer(rs, "on_hand"), rs.getObject("promised_date", LocalDate.class),
                        rs.getString("supplier_id")));
    }

    /**
     * Per item, over the lines of orders placed in the last {@code days} days (today included):
     * units ordered, shipped, not shipped (neither shipped, cancelled nor gone to an order split
     * off), and backordered.
     */
    public ReportPage<NotShippedItem> notShipped(int days, ReportFilter filter, Paging paging, String sort,
                                                 LocalDate today) {
        ReportFilter window = new ReportFilter(filter.customer(), filter.item(), filter.order(),
                latest(filter.from(), today.minusDays(days - 1L)), filter.to());
        Where where = Where.of(window);
        String orderBy = Sorting.orderBy(sort, Map.of("sku", "l.sku", "ordered", "sum(coalesce(l.ordered, 0))",
                "shipped", "sum(l.shipped)", "notShipped", "not_shipped", "backordered", "sum(l.needed)"), "l.sku");
        String lines = """
                with w as (
                    select l.*, coalesce(orig.placed_at, o.placed_at) as placed_at,
                           coalesce(orig.customer_id, o.customer_id) as customer_id,
                           coalesce(orig.customer_name, o.customer_name) as customer_name, i.description
                    from rm_line l
                    join rm_order o on o.order_number = l.order_number
                    left join rm_order orig on orig.order_number = o.original_order_number
                    left join rm_item i on i.sku = l.sku
                    where not o.cancelled
                      and (o.placed_at >= ? or o.original_order_number is not null))
                """;
        String grouped = " from w l" + where.sql().replace("w.", "l.")
                + " group by l.sku having sum(coalesce(l.ordered, 0) - l.shipped - l.cancelled - l.split_off) > 0"
                + " or sum(l.needed) > 0";
        List<Object> parameters = new ArrayList<>();
        // Only orders placed in the window, or split off one (placed as their original), are read at all.
        parameters.add(window.from().atStartOfDay(ZoneOffset.UTC).toInstant());
        parameters.addAll(where.parameters());
        return page(lines + """
                select l.sku, max(l.description) as description, sum(coalesce(l.ordered, 0)) as ordered,
                       sum(l.shipped) as shipped,
                       sum(coalesce(l.ordered, 0) - l.shipped - l.cancelled - l.split_off) as not_shipped,
                       sum(l.needed) as backordered""" + grouped + " order by " + orderBy + " limit ? offset ?",
                lines + "select count(*) from (select 1" + grouped + ") g", new Where("", parameters), paging,
                rs -> new NotShippedItem(rs.getString("sku"), rs.getString("description"),
                        rs.getLong("ordered"), rs.getLong("shipped"), rs.getLong("not_shipped"),
                        rs.getLong("backordered")));
    }

    /** The lines an import backordered for want of stock, and what each still needs. */
    public ReportPage<NewBackorderLine> newBackorders(String importId, ReportFilter filter, Paging paging) {
        Where where = Where.of(filter);
        List<Object> parameters = new ArrayList<>();
        parameters.add(importId);
        parameters.addAll(where.parameters());
        String lines = """
                with w as (
                    select l.*, o.customer_id, o.customer_name, o.placed_at, i.description
                    from rm_order o join rm_line l on l.order_number = o.order_number
                    left join rm_item i on i.sku = l.sku
                    where o.import_id = ? and l.needed_at_import > 0)
                """;
        return page(lines + "select w.* from w" + where.sql()
                        + " order by length(w.order_number), w.order_number, w.line_no limit ? offset ?",
                lines + "select count(*) from w" + where.sql(), new Where("", parameters), paging,
                rs -> new NewBackorderLine(rs.getString("order_number"), rs.getInt("line_no"),
                        rs.getString("customer_id"), rs.getString("customer_name"), rs.getString("sku"),
                        rs.getString("description"), Sql.integer(rs, "ordered"), rs.getInt("needed_at_import"),
                        rs.getInt("needed")));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /**
     * One page of rows and the count of all of them, in two statements: a window count over the
     * whole report would make the database build every row to hand out fifty.
     */
    private <R> ReportPage<R> page(String sql, String countSql, Where where, Paging paging, Sql.Row<R> row) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(paging.size());
        parameters.add(paging.offset());
        return withConnection(connection -> {
            List<R> rows = Sql.query(connection, sql, row, parameters.toArray());
            return ReportPage.of(rows, paging, () -> Sql.one(connection, countSql, rs -> rs.getLong(1),
                    where.parameters().toArray()));
        });
    }

    <T> T withConnection(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new EventingException("no database connection", e);
        }
    }

    /** A filter as SQL conditions on the columns of {@code w} (the waiting lines) and their parameters. */
    record Where(String sql, List<Object> parameters) {

        static Where of(ReportFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (filter.customer() != null) {
                conditions.add("(w.customer_id = ? or w.customer_name ilike ?)");
                parameters.add(filter.customer());
                parameters.add(contains(filter.customer()));
            }
            if (filter.item() != null) {
                conditions.add("(w.sku = ? or w.description ilike ?)");
                parameters.add(filter.item());
                parameters.add(contains(filter.item()));
            }
            if (filter.order() != null) {
                conditions.add("w.order_number = ?");
                parameters.add(filter.order());
            }
            if (filter.from() != null) {
                conditions.add("w.placed_at >= ?");
                parameters.add(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (filter.to() != null) {
                conditions.add("w.placed_at < ?");
                parameters.add(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), parameters);
        }

        private static String contains(String text) {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }
}
