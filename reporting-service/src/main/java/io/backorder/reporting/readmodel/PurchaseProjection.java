package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.contracts.purchasing.PurchaseOrderClosed;
import io.backorder.contracts.purchasing.PurchaseOrderCreated;
import io.backorder.contracts.purchasing.PurchaseOrderLineChanged;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.contracts.purchasing.PurchaseOrderLineRemoved;
import io.backorder.contracts.purchasing.PurchaseOrderSent;
import io.backorder.contracts.purchasing.SupplierItemChanged;
import io.backorder.eventing.PoisonMessageException;
import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * purchasing.events into the read models: purchase orders and what is still on order per sku,
 * each item's supplier, and each waiting line's promised date.
 *
 * <p>Promised dates come one per waiting line, and as many again whenever a purchase order moves
 * them: a batch writes each line's last promise and each item's last supplier in one statement
 * apiece. Purchase orders are a few a day per supplier, and a status depends on the one before it
 * ({@code PARTIALLY_RECEIVED} only after {@code SENT}), so their events keep a few statements each,
 * in order. The two kinds touch different tables, so writing the promises after the purchase
 * orders changes nothing.
 */
@ApplicationScoped
public class PurchaseProjection {

    private static final ArrayStatement WRITE_PROMISES = new ArrayStatement("""
            insert into rm_line (order_number, line_no, sku, promise_status, promised_date, promised_po)
            select * from unnest(?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[])
            on conflict (order_number, line_no) do update set promise_status = excluded.promise_status,
                promised_date = excluded.promised_date, promised_po = excluded.promised_po""",
            "varchar", "int4", "varchar", "varchar", "date", "varchar");

    private static final ArrayStatement WRITE_SUPPLIERS = new ArrayStatement("""
            insert into rm_item (sku, supplier_id) select * from unnest(?::varchar[], ?::varchar[])
            on conflict (sku) do update set supplier_id = excluded.supplier_id""", "varchar", "varchar");

    /**
     * Refuses, as poison, an event whose row this projection could never write: it would fail its
     * batch's statement on every try instead.
     */
    static void check(EventData event) {
        if (event instanceof PromisedDateChanged promise
                && (blank(promise.orderNumber()) || blank(promise.sku()) || promise.status() == null)) {
            throw new PoisonMessageException("PromisedDateChanged without its orderNumber, sku or status");
        }
        if (event instanceof SupplierItemChanged item && blank(item.sku())) {
            throw new PoisonMessageException("SupplierItemChanged without its sku");
        }
    }

    public void project(Connection connection, List<ProjectedEvent> events) {
        Batch batch = new Batch();
        events.forEach(batch::apply);
        batch.write(connection);
    }

    /** The rows a batch writes: promises and suppliers once each, as the batch's last event left them. */
    private static final class Batch {
        private final List<ProjectedEvent> purchaseOrders = new ArrayList<>();
        // sorted maps: every writer locks rows in key order
        private final Map<LineKey, Object[]> promises = new TreeMap<>();
        private final Map<String, Object[]> suppliers = new TreeMap<>();

        void apply(ProjectedEvent projected) {
            EventData event = projected.data();
            if (event instanceof PromisedDateChanged promise) {
                promises.put(new LineKey(promise.orderNumber(), promise.lineNo()), new Object[] {promise.orderNumber(),
                        promise.lineNo(), promise.sku(), promise.status().name(), promise.promisedDate(),
                        promise.poNumber()});
            } else if (event instanceof SupplierItemChanged item) {
                suppliers.put(item.sku(), new Object[] {item.sku(), item.supplierId()});
            } else {
                purchaseOrders.add(projected);
            }
        }

        void write(Connection connection) {
            purchaseOrders.forEach(event -> purchaseOrder(connection, event.data(), event.occurredAt()));
            WRITE_PROMISES.run(connection, promises.values());
            WRITE_SUPPLIERS.run(connection, suppliers.values());
        }
    }

    private static void purchaseOrder(Connection connection, EventData event, Instant occurredAt) {
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
        } else if (event instanceof PurchaseOrderLineChanged changed) {
            ordered(connection, changed.poNumber(), changed.sku(), changed.quantity());
        } else if (event instanceof PurchaseOrderLineRemoved removed) {
            Sql.update(connection, "delete from rm_purchase_line where po_number = ? and sku = ?", removed.poNumber(),
                    removed.sku());
        }
    }

    private static void ordered(Connection connection, String poNumber, String sku, int quantity) {
        Sql.update(connection, """
                insert into rm_purchase_line (po_number, sku, ordered) values (?, ?, ?)
                on conflict (po_number, sku) do update set ordered = excluded.ordered""", poNumber, sku, quantity);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
