package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * orders.events into the read models: who ordered what and when, the import it came with, orders
 * split off at fill (their customer and placement are the original's, found when reported), and
 * the order's confirmation of a shipment inventory made.
 *
 * <p>A batch is written in one statement per kind of row, each row once: every kind sets columns of
 * its own, so the statements' order makes no difference, and a row the batch sets twice is written
 * as its last event left it.
 */
@ApplicationScoped
public class OrderProjection {

    private static final ArrayStatement WRITE_IMPORTED = new ArrayStatement("""
            insert into rm_order (order_number, storefront_order_id, customer_id, customer_name, customer_email,
                                  placed_at, import_id)
            select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                 ?::timestamptz[], ?::varchar[])
            on conflict (order_number) do update set storefront_order_id = excluded.storefront_order_id,
                customer_id = excluded.customer_id, customer_name = excluded.customer_name,
                customer_email = excluded.customer_email, placed_at = excluded.placed_at,
                import_id = excluded.import_id""",
            "varchar", "varchar", "varchar", "varchar", "varchar", "timestamptz", "varchar");

    private static final ArrayStatement WRITE_SPLIT_OFF = new ArrayStatement("""
            insert into rm_order (order_number, original_order_number) select * from unnest(?::varchar[], ?::varchar[])
            on conflict (order_number) do update set original_order_number = excluded.original_order_number""",
            "varchar", "varchar");

    private static final ArrayStatement WRITE_APPROVED = new ArrayStatement("""
            insert into rm_order (order_number, approved) select order_number, true from unnest(?::varchar[]) as o(order_number)
            on conflict (order_number) do update set approved = true""", "varchar");

    private static final ArrayStatement WRITE_CANCELLED = new ArrayStatement("""
            insert into rm_order (order_number, cancelled) select order_number, true from unnest(?::varchar[]) as o(order_number)
            on conflict (order_number) do update set cancelled = true""", "varchar");

    private static final ArrayStatement WRITE_LINES = new ArrayStatement("""
            insert into rm_line (order_number, line_no, sku, ordered)
            select * from unnest(?::varchar[], ?::int[], ?::varchar[], ?::int[])
            on conflict (order_number, line_no) do update set sku = excluded.sku, ordered = excluded.ordered""",
            "varchar", "int4", "varchar", "int4");

    private static final ArrayStatement WRITE_IMPORTS = new ArrayStatement("""
            insert into rm_import (import_id, first_seen_at) select * from unnest(?::varchar[], ?::timestamptz[])
            on conflict (import_id) do update set first_seen_at = least(rm_import.first_seen_at, excluded.first_seen_at)""",
            "varchar", "timestamptz");

    private static final ArrayStatement WRITE_CONFIRMED = new ArrayStatement("""
            insert into rm_shipment_line (shipment_key, order_number, line_no, sku, quantity, shipped_at,
                                          confirmed_by_order)
            select s.*, true from unnest(?::varchar[], ?::varchar[], ?::int[], ?::varchar[], ?::int[], ?::timestamptz[])
                                  as s(shipment_key, order_number, line_no, sku, quantity, shipped_at)
            on conflict (shipment_key, order_number, line_no) do update set confirmed_by_order = true""",
            "varchar", "varchar", "int4", "varchar", "int4", "timestamptz");

    public void project(Connection connection, List<ProjectedEvent> events) {
        Batch batch = new Batch();
        for (ProjectedEvent event : events) {
            batch.apply(event.data(), event.occurredAt());
        }
        batch.write(connection);
    }

    /** The rows a batch writes, by kind; sorted maps, so that every writer locks rows in key order. */
    private static final class Batch {
        private final Map<String, Object[]> imported = new TreeMap<>();
        private final Map<String, Object[]> splitOff = new TreeMap<>();
        private final Map<String, Object[]> approved = new TreeMap<>();
        private final Map<String, Object[]> cancelled = new TreeMap<>();
        private final Map<LineKey, Object[]> lines = new TreeMap<>();
        private final Map<String, Object[]> imports = new TreeMap<>();
        private final Map<ShipmentKey, Object[]> confirmed = new TreeMap<>();

        void apply(EventData event, Instant occurredAt) {
            if (event instanceof OrderImported imported) {
                imported(imported, occurredAt);
            } else if (event instanceof BackorderOrderCreated created) {
                splitOff.put(created.orderNumber(), new Object[] {created.orderNumber(), created.originalOrderNumber()});
                created.lines().forEach(line -> line(created.orderNumber(), line.lineNo(), line.sku(), line.quantity()));
            } else if (event instanceof BackorderOrderLineAdded added) {
                line(added.orderNumber(), added.line().lineNo(), added.line().sku(), added.line().quantity());
            } else if (event instanceof OrderApproved order) {
                approved.put(order.orderNumber(), new Object[] {order.orderNumber()});
            } else if (event instanceof OrderCancelled order) {
                cancelled.put(order.orderNumber(), new Object[] {order.orderNumber()});
            } else if (event instanceof OrderShipped shipped && shipped.shipmentId() != null) {
                // Inventory's StockShipped made the history row (or will); the order confirms it. Without a
                // shipmentId the order decided alone and inventory's StockShipped is the history.
                for (OrderShipped.Line line : shipped.lines()) {
                    // Confirming again changes nothing: the row keeps what the first confirmation made it with.
                    confirmed.putIfAbsent(new ShipmentKey(shipped.shipmentId(), shipped.orderNumber(), line.lineNo()),
                            new Object[] {shipped.shipmentId(), shipped.orderNumber(), line.lineNo(), line.sku(),
                                    line.quantity(), shipped.shippedAt() == null ? occurredAt : shipped.shippedAt()});
                }
            }
        }

        private void imported(OrderImported order, Instant occurredAt) {
            OrderImported.Customer customer = order.customer();
            imported.put(order.orderNumber(), new Object[] {order.orderNumber(), order.storefrontOrderId(),
                    customer == null ? null : customer.id(), customer == null ? null : customer.name(),
                    customer == null ? null : customer.email(),
                    order.placedAt() == null ? occurredAt : order.placedAt(), order.importId()});
            order.lines().forEach(line -> line(order.orderNumber(), line.lineNo(), line.sku(), line.quantity()));
            if (order.importId() != null) {
                imports.merge(order.importId(), new Object[] {order.importId(), occurredAt},
                        (first, later) -> ((Instant) later[1]).isBefore((Instant) first[1]) ? later : first);
            }
        }

        private void line(String orderNumber, int lineNo, String sku, int quantity) {
            lines.put(new LineKey(orderNumber, lineNo), new Object[] {orderNumber, lineNo, sku, quantity});
        }

        void write(Connection connection) {
            WRITE_IMPORTED.run(connection, imported.values());
            WRITE_SPLIT_OFF.run(connection, splitOff.values());
            WRITE_APPROVED.run(connection, approved.values());
            WRITE_CANCELLED.run(connection, cancelled.values());
            WRITE_LINES.run(connection, lines.values());
            WRITE_IMPORTS.run(connection, imports.values());
            WRITE_CONFIRMED.run(connection, confirmed.values());
        }
    }
}
