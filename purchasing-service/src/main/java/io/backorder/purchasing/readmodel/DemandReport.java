package io.backorder.purchasing.readmodel;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.Sql;
import io.backorder.purchasing.domain.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** One sku's demand view as GET /api/demand/{sku} shows it: what the planners see of it. */
@ApplicationScoped
public class DemandReport {

    private static final String ITEM = """
            select defined, tracked, discontinued, on_hand, allocated from demand_item where sku = ?""";

    private static final String ON_ORDER = """
            select coalesce(sum(greatest(l.quantity - l.received, 0)), 0)
              from purchase_order_line l join purchase_order o on o.po_number = l.po_number
             where l.sku = ? and o.status in ('DRAFT', 'SENT', 'PARTIALLY_RECEIVED')""";

    private final AgroalDataSource dataSource;
    private final DemandQueries queries;

    DemandReport(AgroalDataSource dataSource, DemandQueries queries) {
        this.dataSource = dataSource;
        this.queries = queries;
    }

    /** available: on hand minus allocated; backordered: units the waiting lines need; onOrder: open orders' units. */
    public record Demand(String sku, boolean defined, boolean tracked, boolean discontinued, int onHand, int allocated,
                         int available, int backordered, int onOrder, List<WaitingLine> waitingLines) {
    }

    /** Empty for a sku inventory never spoke of. */
    public Optional<Demand> find(String sku) {
        try (Connection connection = dataSource.getConnection()) {
            List<WaitingLine> waiting = queries.waitingLines(connection, sku);
            int onOrder = Sql.query(connection, ON_ORDER, rs -> rs.getInt(1), sku).get(0);
            return Sql.query(connection, ITEM, rs -> new Demand(sku, rs.getBoolean("defined"), rs.getBoolean("tracked"),
                    rs.getBoolean("discontinued"), rs.getInt("on_hand"), rs.getInt("allocated"),
                    Math.max(0, rs.getInt("on_hand") - rs.getInt("allocated")),
                    waiting.stream().mapToInt(WaitingLine::needed).sum(), onOrder, waiting), sku).stream().findFirst();
        } catch (SQLException e) {
            throw new EventingException("no database connection", e);
        }
    }
}
