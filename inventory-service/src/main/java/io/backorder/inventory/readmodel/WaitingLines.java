package io.backorder.inventory.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.inventory.domain.LineRef;
import io.backorder.inventory.domain.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The lines that wait for units, for a fill: of some orders, of some skus, or all of them. Read over
 * the fill's own connection in one query, the orders and skus bound as arrays: a fill of everything
 * reads a hundred thousand lines, which Hibernate took a second to materialise (JFR, bench fill).
 */
@ApplicationScoped
public class WaitingLines {

    private static final String SELECT = """
            select l.order_number, l.line_no, l.sku, p.placed_at, l.forced, p.approved
              from line_allocation l join order_placement p on p.order_number = l.order_number
             where l.needed > 0""";

    private final InventoryProjector projector;

    WaitingLines(InventoryProjector projector) {
        this.projector = projector;
    }

    /** Includes what the caller's transaction decided so far (receipts of one batch, each filling). */
    public List<WaitingLine> find(Connection connection, Collection<String> orderNumbers, Collection<String> skus) {
        projector.catchUp(connection);
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>(2);
        if (!orderNumbers.isEmpty()) {
            sql.append(" and l.order_number = any (?)");
            parameters.add(orderNumbers.toArray(String[]::new));
        }
        if (!skus.isEmpty()) {
            sql.append(" and l.sku = any (?)");
            parameters.add(skus.toArray(String[]::new));
        }
        return Sql.query(connection, sql.toString(), rs -> new WaitingLine(new LineRef(rs.getString(1), rs.getInt(2)),
                rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5), rs.getBoolean(6)),
                parameters.toArray());
    }
}
