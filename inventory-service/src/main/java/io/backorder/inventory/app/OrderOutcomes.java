package io.backorder.inventory.app;

import io.backorder.contracts.orders.BackorderOrderCreated;
import io.backorder.contracts.orders.OrderCancelled;
import io.backorder.contracts.orders.OrderShipped;
import io.backorder.contracts.orders.ShipmentRequested;
import io.backorder.eventing.EventMetadata;
import io.backorder.inventory.domain.LineRef;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.readmodel.LineAllocationView;
import io.backorder.inventory.readmodel.OrderPlacements;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.jboss.logging.Logger;

/** What becomes of stock when order-service approves, ships, splits or cancels an order. */
@ApplicationScoped
public class OrderOutcomes {

    private static final Logger LOG = Logger.getLogger(OrderOutcomes.class);

    private final StockItems items;
    private final OrderPlacements placements;

    OrderOutcomes(StockItems items, OrderPlacements placements) {
        this.items = items;
        this.placements = placements;
    }

    /** Units filled for the order from now on are held apart for an order split off it. */
    public void approved(Connection connection, String orderNumber) {
        placements.approve(connection, orderNumber);
    }

    /**
     * Inventory decides what ships: each line ships what it holds, up to what was asked, and every
     * line is answered, shipped or refused.
     */
    public void shipmentRequested(Connection connection, ShipmentRequested request, EventMetadata metadata) {
        for (ShipmentRequested.Line line : request.lines()) {
            StockItem item = items.load(connection, line.sku());
            items.save(item, item.ship(new LineRef(request.orderNumber(), line.lineNo()), line.quantity(),
                    request.shipmentId()), metadata);
        }
        LOG.debugf("order %s: shipment %s answered", request.orderNumber(), request.shipmentId());
    }

    /**
     * An {@code OrderShipped} without a shipment id was decided by order-service alone (before
     * inventory confirmed shipments): its units leave the shelf. One with an id confirms what
     * inventory already shipped, and changes nothing here.
     */
    public void shipped(Connection connection, OrderShipped shipped, EventMetadata metadata) {
        if (shipped.shipmentId() != null) {
            return;
        }
        for (OrderShipped.Line line : shipped.lines()) {
            StockItem item = items.load(connection, line.sku());
            items.save(item, item.shipDecided(new LineRef(shipped.orderNumber(), line.lineNo()),
                    line.quantity()), metadata);
            LOG.debugf("order %s line %d: %d of %s shipped, %d on hand", shipped.orderNumber(), line.lineNo(),
                    line.quantity(), line.sku(), item.onHand());
        }
    }

    /** A filled backorder split off into a new order takes its units with it. */
    public void splitOff(Connection connection, String newOrderNumber, String originalOrderNumber,
                         List<BackorderOrderCreated.Line> lines, EventMetadata metadata) {
        placements.copy(connection, originalOrderNumber, newOrderNumber);
        for (BackorderOrderCreated.Line line : lines) {
            StockItem item = items.load(connection, line.sku());
            items.save(item, item.transfer(new LineRef(originalOrderNumber, line.originalLineNo()),
                    new LineRef(newOrderNumber, line.lineNo()), line.quantity()), metadata);
            LOG.debugf("order %s line %d: %d of %s moved to order %s line %d", originalOrderNumber, line.originalLineNo(),
                    line.quantity(), line.sku(), newOrderNumber, line.lineNo());
        }
    }

    /** A cancelled order gives its units back and waits for none. */
    public void cancelled(Connection connection, OrderCancelled cancelled, EventMetadata metadata) {
        // The order may have been allocated earlier in this very batch.
        items.catchUpViews(connection);
        for (LineAllocationView view : LineAllocationView.ofOrder(cancelled.orderNumber())) {
            StockItem item = items.load(connection, view.sku);
            items.save(item, item.cancelOrderLine(new LineRef(view.orderNumber, view.lineNo)), metadata);
        }
        LOG.infof("order %s cancelled (%s): its units are released", cancelled.orderNumber(), cancelled.reason());
    }
}
