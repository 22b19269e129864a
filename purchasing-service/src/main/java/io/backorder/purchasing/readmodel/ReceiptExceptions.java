package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * Receipts that did not simply match an open purchase order line. The stock was added all the same (inventory took
 * the receipt); these rows are how purchasing reports them: GET /api/receipt-exceptions.
 */
@ApplicationScoped
public class ReceiptExceptions {

    /** What was out of the ordinary about a receipt. */
    public enum Kind {
        /** No purchase order has the number the receipt named. */
        UNKNOWN_PURCHASE_ORDER,
        /** The purchase order was closed (received or cancelled) when the goods came. */
        AFTER_CLOSE,
        /** The purchase order has no line of the receipt's sku. */
        NOT_ON_ORDER,
        /** More units came than the line ordered. */
        OVER_RECEIVED
    }

    private static final String INSERT = """
            insert into receipt_exception (receipt_id, sku, po_number, kind, quantity, units, detail, received_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (receipt_id, kind) do nothing""";

    public void record(Connection connection, String receiptId, String sku, String poNumber, Kind kind, int quantity,
                       int units, String detail, Instant at) {
        Sql.update(connection, INSERT, receiptId, sku, poNumber, kind.name(), quantity, units, detail, at);
    }
}
