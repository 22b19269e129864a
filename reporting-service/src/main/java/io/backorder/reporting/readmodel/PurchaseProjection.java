package io.backorder.reporting.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * purchasing.events into the read models: purchase orders and what is still on order per sku,
 * each item's supplier, and each waiting line's promised date.
 *
 * <p>The contract records of the catalogue are read as such. The types purchasing-service is
 * adding ({@code PromisedDateChanged}, {@code SupplierItemChanged}, {@code PurchaseOrderLineChanged}
 * and {@code PurchaseOrderLineRemoved}) were not in this branch's catalogue when it was written;
 * they are read by name from the JSON, field by field, whether the catalogue knows them or not, so
 * that the promised dates and suppliers fill in as soon as purchasing publishes them. Any other
 * type reporting does not use is skipped. Purchasing publishes little, so each event is its own statements.
 */
@ApplicationScoped
public class PurchaseProjection {

    /** The types read by name from the JSON (see above). */
    private static final Set<String> READ_BY_NAME = Set.of("PromisedDateChanged", "SupplierItemChanged",
            "PurchaseOrderLineChanged", "PurchaseOrderLineRemoved");

    static boolean readsByName(String type) {
        return READ_BY_NAME.contains(type);
    }

    void apply(Connection connection, ProjectedEvent event) {
        if (event.data() == null) {
            applyByName(connection, event.envelope().type(), event.envelope().data());
        } else {
            apply(connection, event.data(), event.envelope().occurredAt());
        }
    }

    private void apply(Connection connection, EventData event, Instant occurredAt) {
        if (event instanceof PurchaseOrderCreated created) {
            Sql.update(connection, """
                    insert into rm_purchase_order (po_number, supplier_id, status, created_at) values (?, ?, 'DRAFT', ?)
                    on conflict (po_number) do update set supplier_id = excluded.supplier_id,
                        created_at = excluded.created_at""", created.poNumber(), created.supplierId(), occurredAt);
            created.lines().forEach(line -> ordered(connection, created.poNumber(), line.sku(), line.quantity()));
        } else if (event instanceof PurchaseOrderSent sent) {
            Sql.update(connection, "update rm_purchase_order set status = 'SENT', sent_at = ? where po_number = ?",
                    sent.sentAt() == null ? occurredAt : sent.sentAt(), sent.poNumber());
        } else if (event instanceof PurchaseOrderLineReceived received) {
            Sql.update(connection, """
                    insert into rm_purchase_line (po_number, sku, ordered, received) values (?, ?, ?, ?)
                    on conflict (po_number, sku) do update set ordered = excluded.ordered, received = excluded.received""",
                    received.poNumber(), received.sku(), received.quantityOrdered(), received.totalReceived());
            Sql.update(connection, """
                    update rm_purchase_order set status = 'PARTIALLY_RECEIVED' where po_number = ? and status = 'SENT'""",
                    received.poNumber());
        } else if (event instanceof PurchaseOrderClosed closed) {
            Sql.update(connection, "update rm_purchase_order set status = ? where po_number = ?",
                    closed.status().name(), closed.poNumber());
        }
    }

    /** One of the types {@link #readsByName}, which this build's catalogue may not have. */
    private void applyByName(Connection connection, String type, JsonNode data) {
        switch (type) {
            case "PromisedDateChanged" -> Sql.update(connection, """
                    insert into rm_line (order_number, line_no, sku, promise_status, promised_date, promised_po)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (order_number, line_no) do update set promise_status = excluded.promise_status,
                        promised_date = excluded.promised_date, promised_po = excluded.promised_po""",
                    text(data, "orderNumber"), data.path("lineNo").asInt(), text(data, "sku"), text(data, "status"),
                    date(data, "promisedDate"), text(data, "poNumber"));
            case "SupplierItemChanged" -> Sql.update(connection, """
                    insert into rm_item (sku, supplier_id) values (?, ?)
                    on conflict (sku) do update set supplier_id = excluded.supplier_id""",
                    text(data, "sku"), text(data, "supplierId"));
            case "PurchaseOrderLineChanged" ->
                    ordered(connection, text(data, "poNumber"), text(data, "sku"), data.path("quantity").asInt());
            case "PurchaseOrderLineRemoved" -> Sql.update(connection,
                    "delete from rm_purchase_line where po_number = ? and sku = ?", text(data, "poNumber"),
                    text(data, "sku"));
            default -> throw new IllegalArgumentException(type + " is not read by name");
        }
    }

    private static void ordered(Connection connection, String poNumber, String sku, int quantity) {
        Sql.update(connection, """
                insert into rm_purchase_line (po_number, sku, ordered) values (?, ?, ?)
                on conflict (po_number, sku) do update set ordered = excluded.ordered""", poNumber, sku, quantity);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static LocalDate date(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : LocalDate.parse(value);
    }
}
