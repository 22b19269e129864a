package io.backorder.purchasing.readmodel;

import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.eventing.Sql;
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Writes line_promise from PromisedDateChanged: each waiting line's promise and when it last changed. */
@ApplicationScoped
public class PromiseViews {

    private static final String UPSERT = """
            insert into line_promise (order_number, line_no, sku, quantity_needed, status, promised_date, po_number,
                                      late, changed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (order_number, line_no) do update set
                sku = excluded.sku, quantity_needed = excluded.quantity_needed, status = excluded.status,
                promised_date = excluded.promised_date, po_number = excluded.po_number, late = excluded.late,
                changed_at = excluded.changed_at""";

    private static final String DELETE = "delete from line_promise where order_number = ? and line_no = ?";

    public void project(Connection connection, List<StoredEvent> events) {
        for (StoredEvent event : events) {
            if (event.payload() instanceof PromisedDateChanged e) {
                if (e.status() == PromisedDateChanged.Status.NO_LONGER_WAITING) {
                    Sql.update(connection, DELETE, e.orderNumber(), e.lineNo());
                } else {
                    Sql.update(connection, UPSERT, e.orderNumber(), e.lineNo(), e.sku(), e.quantityNeeded(),
                            e.status().name(), e.promisedDate(), e.poNumber(), e.late(), event.occurredAt());
                }
            }
        }
    }
}
