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
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies order-service's own events to the order page, in the transaction that appended them. */
@ApplicationScoped
public class OrderProjector {

    public void project(List<StoredEvent> events) {
        for (StoredEvent event : events) {
            apply(event.stream().aggregateId(), event.payload(), event.version(), event.occurredAt());
        }
    }

    private void apply(String orderNumber, EventData event, long version, java.time.Instant at) {
        if (event instanceof OrderImported imported) {
            imported(imported, version);
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

    private void imported(OrderImported imported, long version) {
        OrderView order = new OrderView();
        order.orderNumber = imported.orderNumber();
        order.storefrontOrderId = imported.storefrontOrderId();
        order.storefront = imported.storefront();
        order.importId = imported.importId();
        order.customerId = imported.customer().id();
        order.customerName = imported.customer().name();
        order.customerEmail = imported.customer().email();
        order.placedAt = imported.placedAt();
        order.discountPercent = imported.discountPercent();
        if (imported.payment() != null) {
            order.paymentAuthorizationId = imported.payment().authorizationId();
            order.paymentAmount = imported.payment().amount();
        }
        order.version = version;
        for (OrderImported.Line importedLine : imported.lines()) {
            OrderLineView line = new OrderLineView();
            line.order = order;
            line.lineNo = importedLine.lineNo();
            line.sku = importedLine.sku();
            line.quantity = importedLine.quantity();
            line.unitPrice = importedLine.unitPrice();
            order.lines.add(line);
        }
        order.persist();
    }
}
