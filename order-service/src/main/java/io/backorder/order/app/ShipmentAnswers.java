package io.backorder.order.app;

import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.eventing.EventMetadata;
import io.backorder.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * Inventory's answers to a shipment the order asked for: the order counts units as shipped only
 * when inventory shipped them, and shows in words why a line was not.
 */
@ApplicationScoped
public class ShipmentAnswers {

    private final OrderStreams orders;

    ShipmentAnswers(OrderStreams orders) {
        this.orders = orders;
    }

    public void shipped(Connection connection, StockShipped shipped, Instant shippedAt, EventMetadata metadata) {
        Order order = orders.load(connection, shipped.orderNumber());
        orders.save(connection, shipped.orderNumber(), order, order.confirmShipped(shipped.shipmentId(),
                shipped.lineNo(), shipped.sku(), shipped.quantity(), shippedAt), metadata);
    }

    public void refused(Connection connection, ShipmentLineRefused refused, EventMetadata metadata) {
        Order order = orders.load(connection, refused.orderNumber());
        orders.save(connection, refused.orderNumber(), order, order.recordShipmentRefusal(refused.shipmentId(),
                refused.lineNo(), refused.sku(), refused.reason()), metadata);
    }
}
