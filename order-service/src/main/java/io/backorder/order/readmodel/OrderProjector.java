package io.backorder.order.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.orders.OrderImported;
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
        }
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
