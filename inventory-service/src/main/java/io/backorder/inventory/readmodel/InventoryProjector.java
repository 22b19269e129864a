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
import io.backorder.eventing.EventingException;
import io.backorder.eventing.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies stock item events to the item and line-allocation views, in the transaction that
 * appended them. Each event becomes a change of counts ({@link ItemChange}, {@link LineChange})
 * written as an upsert: no row is read before it is written, so a busy item costs no more than
 * a quiet one. The views are read through Hibernate but written only here and by {@link ViewRebuild}.
 */
@ApplicationScoped
public class InventoryProjector {

    /** Projects the events of one append: they all belong to one item. */
    public void project(Connection connection, List<StoredEvent> events) {
        projectAll(connection, List.of(events));
    }

    /**
     * Projects several appends, each of one item and no two of the same item, with one statement for all their
     * lines and one batch for all their items (a fill over many items).
     */
    public void projectAll(Connection connection, List<List<StoredEvent>> appends) {
        List<ItemChange> items = new ArrayList<>(appends.size());
        Map<String, ItemChange> itemsBySku = new HashMap<>();
        List<LineChange> lines = new ArrayList<>();
        for (List<StoredEvent> events : appends) {
            if (events.isEmpty()) {
                continue;
            }
            ItemChange item = new ItemChange(events.get(0).stream().aggregateId());
            items.add(item);
            itemsBySku.put(item.sku, item);
            for (StoredEvent event : events) {
                apply(event.payload(), item, lines);
                item.version = event.version();
            }
        }
        if (items.isEmpty()) {
            return;
        }
        try {
            LineChange.writeAll(connection, LineChange.merged(lines)).forEach((sku, backordered) ->
                    itemsBySku.get(sku).backordered += backordered);
            // In sku order, so that two fills over the same items lock their rows in the same order.
            items.sort(Comparator.comparing(item -> item.sku));
            ItemChange.writeAll(connection, items);
        } catch (SQLException e) {
            throw new EventingException("could not project the events of " + items.size() + " items ("
                    + items.get(0).sku + (items.size() > 1 ? ", …" : "") + ")", e);
        }
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
