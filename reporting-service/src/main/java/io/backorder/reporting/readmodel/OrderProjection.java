package io.backorder.reporting.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * orders.events into the read models: who ordered what and when, the import it came with, orders
 * split off at fill (their customer and placement are the original's, found when reported), and
 * the order's confirmation of a shipment inventory made.
 */
@ApplicationScoped
public class OrderProjection {

    public void apply(Connection connection, EventData event, String eventId, Instant occurredAt) {
        if (event instanceof OrderImported imported) {
            imported(connection, imported, occurredAt);
        } else if (event instanceof BackorderOrderCreated created) {
            Sql.update(connection, """
                    insert into rm_order (order_number, original_order_number) values (?, ?)
                    on conflict (order_number) do update set original_order_number = excluded.original_order_number""",
                    created.orderNumber(), created.originalOrderNumber());
            created.lines().forEach(line -> line(connection, created.orderNumber(), line.lineNo(), line.sku(), line.quantity()));
        } else if (event instanceof BackorderOrderLineAdded added) {
            line(connection, added.orderNumber(), added.line().lineNo(), added.line().sku(), added.line().quantity());
        } else if (event instanceof OrderApproved approved) {
            Sql.update(connection, """
                    insert into rm_order (order_number, approved) values (?, true)
                    on conflict (order_number) do update set approved = true""", approved.orderNumber());
        } else if (event instanceof OrderCancelled cancelled) {
            Sql.update(connection, """
                    insert into rm_order (order_number, cancelled) values (?, true)
                    on conflict (order_number) do update set cancelled = true""", cancelled.orderNumber());
        } else if (event instanceof OrderShipped shipped && shipped.shipmentId() != null) {
            // Inventory's StockShipped made the history row (or will); the order confirms it. Without a
            // shipmentId the order decided alone and inventory's StockShipped is the history.
            for (OrderShipped.Line line : shipped.lines()) {
                Sql.update(connection, """
                        insert into rm_shipment_line (shipment_key, order_number, line_no, sku, quantity, shipped_at,
                                                      confirmed_by_order)
                        values (?, ?, ?, ?, ?, ?, true)
                        on conflict (shipment_key, order_number, line_no) do update set confirmed_by_order = true""",
                        shipped.shipmentId(), shipped.orderNumber(), line.lineNo(), line.sku(), line.quantity(),
                        shipped.shippedAt() == null ? occurredAt : shipped.shippedAt());
            }
        }
    }

    private static void imported(Connection connection, OrderImported imported, Instant occurredAt) {
        OrderImported.Customer customer = imported.customer();
        Sql.update(connection, """
                insert into rm_order (order_number, storefront_order_id, customer_id, customer_name, customer_email,
                                      placed_at, import_id)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (order_number) do update set storefront_order_id = excluded.storefront_order_id,
                    customer_id = excluded.customer_id, customer_name = excluded.customer_name,
                    customer_email = excluded.customer_email, placed_at = excluded.placed_at,
                    import_id = excluded.import_id""",
                imported.orderNumber(), imported.storefrontOrderId(), customer == null ? null : customer.id(),
                customer == null ? null : customer.name(), customer == null ? null : customer.email(),
                imported.placedAt() == null ? occurredAt : imported.placedAt(), imported.importId());
        imported.lines().forEach(line -> line(connection, imported.orderNumber(), line.lineNo(), line.sku(), line.quantity()));
        if (imported.importId() != null) {
            Sql.update(connection, """
                    insert into rm_import (import_id, first_seen_at) values (?, ?)
                    on conflict (import_id) do update set first_seen_at = least(rm_import.first_seen_at, excluded.first_seen_at)""",
                    imported.importId(), occurredAt);
        }
    }

    private static void line(Connection connection, String orderNumber, int lineNo, String sku, int quantity) {
        Sql.update(connection, """
                insert into rm_line (order_number, line_no, sku, ordered) values (?, ?, ?, ?)
                on conflict (order_number, line_no) do update set sku = excluded.sku, ordered = excluded.ordered""",
                orderNumber, lineNo, sku, quantity);
    }
}
