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
import io.backorder.eventing.quarkus.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/**
 * Applies stock item events to the item and line-allocation views, in the transaction that
 * appended them. Each event becomes a change of counts ({@link ItemChange}, {@link LineChange})
 * written as an upsert: no row is read before it is written, so a busy item costs no more than
 * a quiet one. The changes are gathered for the whole transaction ({@link ViewChanges}) and written
 * before it commits: an item that a batch of orders touches a thousand times gets one new row, not a
 * thousand row versions for PostgreSQL to step over until the commit. A read of the views within the
 * transaction calls {@link #catchUp} first. The views are read through Hibernate but written only here
 * and by {@link ViewRebuild}.
 */
@ApplicationScoped
public class InventoryProjector {

    private final UnitOfWork unitOfWork;

    InventoryProjector(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Projects the events of one append: they all belong to one item. */
    public void project(List<StoredEvent> events) {
        if (!events.isEmpty()) {
            unitOfWork.pending(ViewChanges.class, ViewChanges::new).add(events);
        }
    }

    /** Writes what the transaction has projected so far, for a read of the views that must see it. */
    public void catchUp(Connection connection) {
        unitOfWork.flush(connection);
    }

    /** What one event changes on the item's row and on its lines' rows. */
    static void apply(EventData event, ItemChange item, List<LineChange> lines) {
        if (event instanceof ItemDefined e) {
            item.defined = true;
            item.spec(e.description(), e.tracked(), e.discontinued());
        } else if (event instanceof ItemChanged e) {
            item.spec(e.description(), e.tracked(), e.discontinued());
        } else if (event instanceof StockAdjusted e) {
            item.onHand += e.delta();
        } else if (event instanceof StockReceived e) {
            item.onHand += e.quantity();
        } else if (event instanceof StockAllocated e) {
            item.allocated += e.quantity();
            lines.add(LineChange.of(e.orderNumber(), e.lineNo(), e.sku()).allocated(e.quantity()));
        } else if (event instanceof LineBackordered e) {
            LineChange line = LineChange.of(e.orderNumber(), e.lineNo(), e.sku()).needed(e.quantityNeeded());
            line.replenishable = e.replenishable();
            line.forced = e.reason() == BackorderReason.FORCED ? LineChange.Forced.SET : LineChange.Forced.KEEP;
            line.backorderedIfReplenishable = e.quantityNeeded();
            lines.add(line);
        } else if (event instanceof AllocationReleased e) {
            item.allocated -= e.quantity();
            lines.add(LineChange.of(e.orderNumber(), e.lineNo(), e.sku()).allocated(-e.quantity()));
        } else if (event instanceof BackorderFilled e) {
            item.allocated += e.quantityFilled();
            LineChange line = LineChange.of(e.orderNumber(), e.lineNo(), e.sku())
                    .needed(-e.quantityFilled()).allocated(e.quantityFilled());
            line.forced = LineChange.Forced.CLEAR_WHEN_SERVED;
            line.backorderedIfReplenishable = -e.quantityFilled();
            lines.add(line);
        } else if (event instanceof BackorderCancelled e) {
            LineChange line = LineChange.of(e.orderNumber(), e.lineNo(), e.sku()).needed(-e.quantityCancelled());
            line.cancelled = e.quantityCancelled();
            line.forced = LineChange.Forced.CLEAR_WHEN_SERVED;
            line.backorderedIfReplenishable = -e.quantityCancelled();
            lines.add(line);
        } else if (event instanceof AllocationTransferred e) {
            lines.add(LineChange.of(e.fromOrderNumber(), e.fromLineNo(), e.sku()).allocated(-e.quantity()));
            lines.add(LineChange.of(e.toOrderNumber(), e.toLineNo(), e.sku()).allocated(e.quantity()));
        } else if (event instanceof StockShipped e) {
            item.allocated -= e.quantity();
            item.onHand -= e.quantity();
            LineChange line = LineChange.of(e.orderNumber(), e.lineNo(), e.sku()).allocated(-e.quantity());
            line.shipped = e.quantity();
            lines.add(line);
        }
    }
}
