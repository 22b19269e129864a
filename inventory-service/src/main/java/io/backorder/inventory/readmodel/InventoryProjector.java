package io.backorder.inventory.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Applies stock item events to the item and line-allocation views, in the transaction that appended them. */
@ApplicationScoped
public class InventoryProjector {

    public void project(List<StoredEvent> events) {
        for (StoredEvent event : events) {
            ItemView item = item(event.stream().aggregateId());
            apply(item, event.payload());
            item.version = event.version();
        }
    }

    private static void apply(ItemView item, EventData event) {
        if (event instanceof ItemDefined e) {
            item.defined = true;
            item.description = e.description();
            item.tracked = e.tracked();
            item.discontinued = e.discontinued();
        } else if (event instanceof ItemChanged e) {
            item.description = e.description();
            item.tracked = e.tracked();
            item.discontinued = e.discontinued();
        } else if (event instanceof StockAdjusted e) {
            item.onHand += e.delta();
        } else if (event instanceof StockReceived e) {
            item.onHand += e.quantity();
        } else if (event instanceof StockAllocated e) {
            item.allocated += e.quantity();
            line(e.orderNumber(), e.lineNo(), e.sku()).allocated += e.quantity();
        } else if (event instanceof LineBackordered e) {
            LineAllocationView line = line(e.orderNumber(), e.lineNo(), e.sku());
            line.needed += e.quantityNeeded();
            line.replenishable = e.replenishable();
            line.forced = line.forced || e.reason() == BackorderReason.FORCED;
            if (e.replenishable()) {
                item.backordered += e.quantityNeeded();
            }
        } else if (event instanceof AllocationReleased e) {
            item.allocated -= e.quantity();
            line(e.orderNumber(), e.lineNo(), e.sku()).allocated -= e.quantity();
        } else if (event instanceof BackorderFilled e) {
            LineAllocationView line = line(e.orderNumber(), e.lineNo(), e.sku());
            line.needed -= e.quantityFilled();
            line.forced = line.forced && line.needed > 0;
            line.allocated += e.quantityFilled();
            item.allocated += e.quantityFilled();
            if (line.replenishable) {
                item.backordered -= e.quantityFilled();
            }
        } else if (event instanceof BackorderCancelled e) {
            LineAllocationView line = line(e.orderNumber(), e.lineNo(), e.sku());
            line.needed -= e.quantityCancelled();
            line.forced = line.forced && line.needed > 0;
            line.cancelled += e.quantityCancelled();
            if (line.replenishable) {
                item.backordered -= e.quantityCancelled();
            }
        } else if (event instanceof AllocationTransferred e) {
            line(e.fromOrderNumber(), e.fromLineNo(), e.sku()).allocated -= e.quantity();
            line(e.toOrderNumber(), e.toLineNo(), e.sku()).allocated += e.quantity();
        } else if (event instanceof StockShipped e) {
            LineAllocationView line = line(e.orderNumber(), e.lineNo(), e.sku());
            line.allocated -= e.quantity();
            line.shipped += e.quantity();
            item.allocated -= e.quantity();
            item.onHand -= e.quantity();
        }
    }

    private static ItemView item(String sku) {
        ItemView item = ItemView.findById(sku);
        if (item == null) {
            item = new ItemView();
            item.sku = sku;
            item.tracked = true;
            item.persist();
        }
        return item;
    }

    private static LineAllocationView line(String orderNumber, int lineNo, String sku) {
        LineAllocationView line = LineAllocationView.findById(new LineAllocationView.Key(orderNumber, lineNo));
        if (line == null) {
            line = new LineAllocationView();
            line.orderNumber = orderNumber;
            line.lineNo = lineNo;
            line.sku = sku;
            line.persist();
        }
        return line;
    }
}
