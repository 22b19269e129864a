package io.backorder.inventory.app;

import io.backorder.contracts.orders.OrderImported;
import io.backorder.eventing.EventMetadata;
import io.backorder.inventory.config.InventorySettings;
import io.backorder.inventory.domain.AllocationPolicy;
import io.backorder.inventory.domain.LineRef;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.readmodel.OrderPlacements;
import jakarta.enterprise.context.ApplicationScoped;
import io.backorder.contracts.EventData;
import java.sql.Connection;
import java.util.List;
import org.jboss.logging.Logger;

/** Serves the lines of imported orders from stock, line by line, each through its stock item. */
@ApplicationScoped
public class Allocations {

    private static final Logger LOG = Logger.getLogger(Allocations.class);

    private final StockItems items;
    private final OrderPlacements placements;
    private final InventorySettings settings;

    Allocations(StockItems items, OrderPlacements placements, InventorySettings settings) {
        this.items = items;
        this.placements = placements;
        this.settings = settings;
    }

    public void allocate(Connection connection, OrderImported order, EventMetadata metadata) {
        AllocationPolicy policy = settings.allocationPolicy();
        // The fill queue serves the oldest orders first.
        placements.record(connection, order.orderNumber(), order.placedAt(),
                order.customer() == null ? null : order.customer().id());
        for (OrderImported.Line line : order.lines()) {
            StockItem item = items.load(connection, line.sku());
            int availableBefore = item.available();
            List<EventData> allocation = item.allocate(new LineRef(order.orderNumber(), line.lineNo()), line.quantity(),
                    policy);
            items.save(item, allocation, metadata);
            items.tellStorefront(item, item.syncStorefront(order.storefront(),
                    line.storefrontQuantityOnHand(), allocation, policy), metadata);
            LOG.debugf("order %s line %d: %d of %s asked, %d were available (correlation %s)", order.orderNumber(),
                    line.lineNo(), line.quantity(), line.sku(), availableBefore, metadata.correlationId());
        }
    }
}
