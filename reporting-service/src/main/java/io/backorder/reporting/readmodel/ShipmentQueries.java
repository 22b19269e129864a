package io.backorder.reporting.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.readmodel.ReportRows.ShipmentLine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Shipment history, newest first: of one order, or of every order. */
@ApplicationScoped
public class ShipmentQueries {

    private final ReportQueries queries;

    ShipmentQueries(ReportQueries queries) {
        this.queries = queries;
    }

    public ReportPage<ShipmentLine> history(String orderNumber, Paging paging) {
        boolean oneOrder = orderNumber != null && !orderNumber.isBlank();
        List<Object> filter = oneOrder ? List.of(orderNumber.strip()) : List.of();
        String where = oneOrder ? " where order_number = ?" : "";
        List<Object> parameters = new ArrayList<>(filter);
        parameters.add(paging.size());
        parameters.add(paging.offset());
        return queries.withConnection(connection -> {
            List<ShipmentLine> rows = Sql.query(connection, "select * from rm_shipment_line" + where
                    + " order by shipped_at desc, order_number, line_no limit ? offset ?", ShipmentQueries::line,
                    parameters.toArray());
            return ReportPage.of(rows, paging, () -> Sql.one(connection, "select count(*) from rm_shipment_line" + where,
                    rs -> rs.getLong(1), filter.toArray()));
        });
    }

    private static ShipmentLine line(ResultSet rs) throws SQLException {
        String key = rs.getString("shipment_key");
        return new ShipmentLine(key.startsWith("event:") ? null : key, rs.getString("order_number"),
                rs.getInt("line_no"), rs.getString("sku"), rs.getInt("quantity"), Sql.instant(rs, "shipped_at"),
                rs.getBoolean("confirmed_by_order"));
    }
}
