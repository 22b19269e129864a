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
import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * Keeps the demand view (demand_item, demand_line) from inventory.events, in the consumer's transaction: how each
 * item is kept, its units on hand and allocated, and the lines that wait for units. On hand is taken from the
 * events' onHandAfter, so it is what inventory counted; allocations and needs add up per event, which the inbox lets
 * through once. Units moved between lines (AllocationTransferred) change nothing here.
 */
@ApplicationScoped
public class DemandProjector {

    private static final String SPEC = """
            insert into demand_item (sku, defined, tracked, discontinued) values (?, true, ?, ?)
            on conflict (sku) do update set defined = true, tracked = excluded.tracked,
                                            discontinued = excluded.discontinued""";

    private static final String ON_HAND = """
            insert into demand_item (sku, on_hand) values (?, ?)
            on conflict (sku) do update set on_hand = excluded.on_hand""";

    private static final String ALLOCATED = """
            insert into demand_item (sku, allocated) values (?, ?)
            on conflict (sku) do update set allocated = demand_item.allocated + excluded.allocated""";

    private static final String KNOWN = "insert into demand_item (sku) values (?) on conflict (sku) do nothing";

    /** A line's need changes by a delta; the forced mark is set by a forced backorder and cleared once served. */
    private static final String NEEDED = """
            insert into demand_line as l (order_number, line_no, sku, needed, forced, replenishable,
                                          first_backordered_at)
            values (?, ?, ?, ?, ?, coalesce(?, true), ?)
            on conflict (order_number, line_no) do update set
                needed        = l.needed + excluded.needed,
                forced        = excluded.forced or (l.forced and l.needed + excluded.needed > 0),
                replenishable = coalesce(?, l.replenishable)""";

    /** Applies one inventory event; events that change nothing purchasing counts are passed over. */
    public void apply(Connection connection, EventData event, Instant occurredAt) {
        if (event instanceof ItemDefined e) {
            Sql.update(connection, SPEC, e.sku(), e.tracked(), e.discontinued());
        } else if (event instanceof ItemChanged e) {
            Sql.update(connection, SPEC, e.sku(), e.tracked(), e.discontinued());
        } else if (event instanceof StockAdjusted e) {
            Sql.update(connection, ON_HAND, e.sku(), e.onHandAfter());
        } else if (event instanceof StockReceived e) {
            Sql.update(connection, ON_HAND, e.sku(), e.onHandAfter());
        } else if (event instanceof StockShipped e) {
            Sql.update(connection, ON_HAND, e.sku(), e.onHandAfter());
            Sql.update(connection, ALLOCATED, e.sku(), -e.quantity());
        } else if (event instanceof StockAllocated e) {
            Sql.update(connection, ALLOCATED, e.sku(), e.quantity());
        } else if (event instanceof AllocationReleased e) {
            Sql.update(connection, ALLOCATED, e.sku(), -e.quantity());
        } else if (event instanceof LineBackordered e) {
            Sql.update(connection, KNOWN, e.sku());
            need(connection, e.sku(), e.orderNumber(), e.lineNo(), e.quantityNeeded(),
                    e.reason() == BackorderReason.FORCED, e.replenishable(), occurredAt);
        } else if (event instanceof BackorderFilled e) {
            Sql.update(connection, ALLOCATED, e.sku(), e.quantityFilled());
            need(connection, e.sku(), e.orderNumber(), e.lineNo(), -e.quantityFilled(), false, null, occurredAt);
        } else if (event instanceof BackorderCancelled e) {
            need(connection, e.sku(), e.orderNumber(), e.lineNo(), -e.quantityCancelled(), false, null, occurredAt);
        }
    }

    private static void need(Connection connection, String sku, String orderNumber, int lineNo, int delta,
                             boolean forced, Boolean replenishable, Instant at) {
        Sql.update(connection, NEEDED, orderNumber, lineNo, sku, delta, forced, replenishable, at, replenishable);
    }
}
