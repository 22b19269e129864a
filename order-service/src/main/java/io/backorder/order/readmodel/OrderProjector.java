package io.backorder.order.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderApproved;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderImported;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.PaymentCaptureFailed;
import io.backorder.contracts.orders.PaymentCaptured;
import io.backorder.contracts.orders.ShipDateSet;
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies order-service's own events to the order page, in the transaction that appended them. */
@ApplicationScoped
public class OrderProjector {

    public void project(List<StoredEvent> events) {
        for (StoredEvent event : events) {
            apply(event.payload(), event.version());
        }
    }

    private void apply(EventData event, long version) {
        if (event instanceof OrderImported imported) {
            imported(imported, version);
            return;
        }
        OrderView order = OrderView.findById(orderNumberOf(event));
        order.version = version;
        if (event instanceof OrderApproved) {
            order.approved = true;
        } else if (event instanceof PaymentCaptured captured) {
            order.paymentTransactionId = captured.transactionId();
            order.paymentFailure = null;
        } else if (event instanceof PaymentCaptureFailed failed) {
            order.paymentFailure = failed.reason();
        } else if (event instanceof ShipDateSet set) {
            order.shipDate = set.shipDate();
        } else if (event instanceof OrderCancelled) {
            order.cancelled = true;
        } else if (event instanceof OrderShipped shipped) {
            for (OrderShipped.Line shippedLine : shipped.lines()) {
                OrderLineView line = order.line(shippedLine.lineNo());
                line.shipped += shippedLine.quantity();
                line.allocated = Math.max(0, line.allocated - shippedLine.quantity());
            }
            order.shipped = order.lines.stream().allMatch(line -> line.shipped + line.cancelled >= line.quantity);
        }
    }

    private static String orderNumberOf(EventData event) {
        if (event instanceof OrderApproved e) {
            return e.orderNumber();
        } else if (event instanceof PaymentCaptured e) {
            return e.orderNumber();
        } else if (event instanceof PaymentCaptureFailed e) {
            return e.orderNumber();
        } else if (event instanceof ShipDateSet e) {
            return e.orderNumber();
        } else if (event instanceof OrderCancelled e) {
            return e.orderNumber();
        } else if (event instanceof OrderShipped e) {
            return e.orderNumber();
        }
        throw new IllegalArgumentException("the order page does not show " + event.getClass().getSimpleName());
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
