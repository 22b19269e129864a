package io.backorder.purchasing.readmodel;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
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
import io.backorder.eventing.quarkus.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Keeps the demand view (demand_item, demand_line) from inventory.events, in the consumer's transaction: how each
 * item is kept, its units on hand and allocated, and the lines that wait for units. On hand is taken from the
 * events' onHandAfter, so it is what inventory counted; allocations and needs add up per event, which the inbox lets
 * through once. Units moved between lines (AllocationTransferred) change nothing here. What a transaction's events
 * change is gathered ({@link DemandChanges}) and written before it commits; nothing in that transaction reads the
 * view before.
 */
@ApplicationScoped
public class DemandProjector {

    private final UnitOfWork unitOfWork;
    private final PromiseReviewMarks reviews;

    DemandProjector(UnitOfWork unitOfWork, PromiseReviewMarks reviews) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
    }

    /** Applies one inventory event; events that change nothing purchasing counts are passed over. */
    public void apply(EventData event, Instant occurredAt) {
        DemandChanges changes = gathered();
        if (event instanceof ItemDefined e) {
            changes.item(e.sku()).spec(e.tracked(), e.discontinued());
        } else if (event instanceof ItemChanged e) {
            changes.item(e.sku()).spec(e.tracked(), e.discontinued());
        } else if (event instanceof StockAdjusted e) {
            changes.item(e.sku()).onHand(e.onHandAfter());
        } else if (event instanceof StockReceived e) {
            changes.item(e.sku()).onHand(e.onHandAfter());
        } else if (event instanceof StockShipped e) {
            changes.item(e.sku()).onHand(e.onHandAfter()).allocated(-e.quantity());
        } else if (event instanceof StockAllocated e) {
            changes.item(e.sku()).allocated(e.quantity());
        } else if (event instanceof AllocationReleased e) {
            changes.item(e.sku()).allocated(-e.quantity());
        } else if (event instanceof LineBackordered e) {
            changes.item(e.sku());
            changes.need(e.sku(), e.orderNumber(), e.lineNo(), e.quantityNeeded(), e.reason() == BackorderReason.FORCED,
                    e.replenishable(), occurredAt);
        } else if (event instanceof BackorderFilled e) {
            changes.item(e.sku()).allocated(e.quantityFilled());
            changes.need(e.sku(), e.orderNumber(), e.lineNo(), -e.quantityFilled(), false, null, occurredAt);
        } else if (event instanceof BackorderCancelled e) {
            changes.need(e.sku(), e.orderNumber(), e.lineNo(), -e.quantityCancelled(), false, null, occurredAt);
        }
    }

    /** The item's promised dates are to be worked out again, once the transaction commits. */
    public void markForReview(String sku) {
        gathered().review(sku);
    }

    private DemandChanges gathered() {
        return unitOfWork.pending(DemandChanges.class, () -> new DemandChanges(reviews));
    }
}
