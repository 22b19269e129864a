package io.backorder.order.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.BackorderOrderLineAdded;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipmentRefused;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptureFailed;
import io.backorder.contracts.orders.PaymentCaptureRequested;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.orders.ShipDateSet;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.eventing.Sql;
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/**
 * Applies order-service's own events to the order page, in the transaction that appended them.
 *
 * <p>An imported order's page is inserted over JDBC, at once, with its lines in the same statement: an import is the
 * one event of every order, and persisting the page and its lines through Hibernate (entities made, flushed and
 * dirty-checked at the commit) took a third of the import's CPU in JFR. Nothing in an import's transaction reads the
 * page back through Hibernate; a later load in the same session would find the row, as it is on the same connection.
 */
@ApplicationScoped
public class OrderProjector {

    /** The page and its lines in one round trip; the lines' foreign key is checked at the statement's end. */
    private static final String INSERT_PAGE = """
            with page as (insert into order_view (order_number, storefront_order_id, storefront, import_id, customer_id,
                                                  customer_name, customer_email, placed_at, discount_percent,
                                                  payment_authorization_id, payment_amount, version)
                          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
            insert into order_line_view (order_number, line_no, sku, quantity, unit_price)
            select ?, * from unnest(?::int[], ?::varchar[], ?::int[], ?::numeric[])""";

    public void project(Connection connection, List<StoredEvent> events) {
        for (StoredEvent event : events) {
            apply(connection, event.stream().aggregateId(), event.payload(), event.version(), event.occurredAt());
        }
    }

    private void apply(Connection connection, String orderNumber, EventData event, long version, java.time.Instant at) {
        if (event instanceof OrderImported imported) {
            imported(connection, imported, version);
            return;
        }
        if (event instanceof BackorderOrderCreated created) {
            splitOff(created, version, at);
            return;
        }
        OrderView order = OrderView.findById(orderNumber);
        order.version = version;
        if (event instanceof OrderApproved) {
            order.approved = true;
        } else if (event instanceof PaymentCaptureRequested) {
            order.captureRequestedAt = at;
        } else if (event instanceof PaymentCaptured captured) {
            order.paymentTransactionId = captured.transactionId();
            order.paymentFailure = null;
            order.captureRequestedAt = null;
        } else if (event instanceof PaymentCaptureFailed failed) {
            order.paymentFailure = failed.reason();
            order.captureRequestedAt = null;
        } else if (event instanceof ShipDateSet set) {
            order.shipDate = set.shipDate();
        } else if (event instanceof BackorderOrderLineAdded added) {
            addSplitLine(order, OrderView.findById(added.originalOrderNumber()), added.line());
        } else if (event instanceof OrderCancelled) {
            order.cancelled = true;
        } else if (event instanceof ShipmentRequested requested) {
            order.shipmentLinesAwaited = requested.lines().size();
        } else if (event instanceof OrderShipped shipped) {
            for (OrderShipped.Line shippedLine : shipped.lines()) {
                OrderLineView line = order.line(shippedLine.lineNo());
                line.shipped += shippedLine.quantity();
                line.allocated = Math.max(0, line.allocated - shippedLine.quantity());
            }
            if (shipped.shipmentId() != null) {
                order.shipmentLinesAwaited = Math.max(0, order.shipmentLinesAwaited - shipped.lines().size());
            }
            order.shipped = order.lines.stream().allMatch(line -> line.shipped + line.cancelled >= line.quantity);
        } else if (event instanceof OrderShipmentRefused refused) {
            order.shipmentLinesAwaited = Math.max(0, order.shipmentLinesAwaited - 1);
            OrderNote.add(orderNumber, "Line " + refused.lineNo() + " (" + refused.sku() + ") was not shipped: "
                    + refused.reason() + ".", at);
        }
    }


    /** A new order for units filled after the original was approved: same customer, linked both ways. */
    private static void splitOff(BackorderOrderCreated created, long version, java.time.Instant at) {
        OrderView original = OrderView.findById(created.originalOrderNumber());
        OrderView order = new OrderView();
        order.orderNumber = created.orderNumber();
        order.originalOrderNumber = created.originalOrderNumber();
        order.storefrontOrderId = original.storefrontOrderId;
        order.storefront = original.storefront;
        order.customerId = original.customerId;
        order.customerName = original.customerName;
        order.customerEmail = original.customerEmail;
        order.placedAt = original.placedAt;
        order.discountPercent = created.discountPercent();
        order.version = version;
        order.persist();
        created.lines().forEach(line -> addSplitLine(order, original, line));
        OrderNote.add(order.orderNumber, "Split off order " + original.orderNumber
                + ": backordered units filled after it was approved.", at);
        OrderNote.add(original.orderNumber, "Backordered units filled after approval went to order "
                + order.orderNumber + ".", at);
    }

    private static void addSplitLine(OrderView order, OrderView original, BackorderOrderCreated.Line created) {
        OrderLineView line = new OrderLineView();
        line.order = order;
        line.lineNo = created.lineNo();
        line.originalLineNo = created.originalLineNo();
        line.sku = created.sku();
        line.quantity = created.quantity();
        line.unitPrice = original.line(created.originalLineNo()).unitPrice;
        order.lines.add(line);
        line.persist();
    }

    private static void imported(Connection connection, OrderImported imported, long version) {
        OrderImported.Payment payment = imported.payment();
        List<OrderImported.Line> lines = imported.lines();
        Sql.update(connection, INSERT_PAGE, imported.orderNumber(), imported.storefrontOrderId(), imported.storefront(),
                imported.importId(), imported.customer().id(), imported.customer().name(), imported.customer().email(),
                imported.placedAt(), imported.discountPercent(), payment == null ? null : payment.authorizationId(),
                payment == null ? null : payment.amount(), version, imported.orderNumber(),
                lines.stream().map(OrderImported.Line::lineNo).toArray(Integer[]::new),
                lines.stream().map(OrderImported.Line::sku).toArray(String[]::new),
                lines.stream().map(OrderImported.Line::quantity).toArray(Integer[]::new),
                lines.stream().map(line -> line.unitPrice().toPlainString()).toArray(String[]::new));
    }
}
