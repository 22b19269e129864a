package io.backorder.reporting.readmodel;

import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.readmodel.ReportRows.ShipmentLine;
import jakarta.enterprise.context.ApplicationScoped;
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
        List<Object> parameters = new ArrayList<>();
        boolean oneOrder = orderNumber != null && !orderNumber.isBlank();
        if (oneOrder) {
            parameters.add(orderNumber.strip());
        }
        String where = oneOrder ? " where order_number = ?" : "";
        parameters.add(paging.size());
        parameters.add(paging.offset());
        long[] total = {0};
        List<ShipmentLine> rows = queries.withConnection(connection -> Sql.query(connection,
                "select *, count(*) over () as total from rm_shipment_line" + where
                        + " order by shipped_at desc, order_number, line_no limit ? offset ?",
                rs -> {
                    total[0] = rs.getLong("total");
                    String key = rs.getString("shipment_key");
                    return new ShipmentLine(key.startsWith("event:") ? null : key, rs.getString("order_number"),
                            rs.getInt("line_no"), rs.getString("sku"), rs.getInt("quantity"),
                            Sql.instant(rs, "shipped_at"), rs.getBoolean("confirmed_by_order"));
                }, parameters.toArray()));
        return new ReportPage<>(rows, total[0]);
    }
}
