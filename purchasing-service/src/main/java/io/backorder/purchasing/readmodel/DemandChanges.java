package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.PendingWrites;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one transaction's inventory events change on the demand view, gathered event by event and written before it
 * commits: one upsert per item (a batch of allocations on a popular item used to update its row once per event), the
 * lines' needs in their order in one JDBC batch, and the skus whose promises need a review in one statement.
 */
final class DemandChanges implements PendingWrites {

    /** Counts add up, on hand and the spec are the last event's; a column no event set keeps its value. */
    private static final String ITEM = """
            insert into demand_item as d (sku, defined, tracked, discontinued, on_hand, allocated)
            values (?, ?, coalesce(?, true), coalesce(?, false), coalesce(?, 0), ?)
            on conflict (sku) do update set
                defined      = d.defined or excluded.defined,
                tracked      = coalesce(?, d.tracked),
                discontinued = coalesce(?, d.discontinued),
                on_hand      = coalesce(?, d.on_hand),
                allocated    = d.allocated + excluded.allocated""";

    /** A line's need changes by a delta; the forced mark is set by a forced backorder and cleared once served. */
    private static final String NEEDED = """
            insert into demand_line as l (order_number, line_no, sku, needed, forced, replenishable,
                                          first_backordered_at)
            values (?, ?, ?, ?, ?, coalesce(?, true), ?)
            on conflict (order_number, line_no) do update set
                needed        = l.needed + excluded.needed,
                forced        = excluded.forced or (l.forced and l.needed + excluded.needed > 0),
                replenishable = coalesce(?, l.replenishable)""";

    private final PromiseReviewMarks reviews;
    /** In sku order, so that two transactions over the same items lock their rows in the same order. */
    private final Map<String, Item> items = new TreeMap<>();
    private final List<Object[]> needs = new ArrayList<>();
    private final Set<String> toReview = new TreeSet<>();

    DemandChanges(PromiseReviewMarks reviews) {
        this.reviews = reviews;
    }

    /** The item's change so far; asking for it is enough to make its row exist. */
    Item item(String sku) {
        return items.computeIfAbsent(sku, ignored -> new Item());
    }

    /** @param replenishable null: left as it is */
    void need(String sku, String orderNumber, int lineNo, int delta, boolean forced, Boolean replenishable,
              Instant at) {
        needs.add(new Object[] {orderNumber, lineNo, sku, delta, forced, replenishable, at, replenishable});
    }

    void review(String sku) {
        toReview.add(sku);
    }

    @Override
    public void write(Connection connection) {
        List<Object[]> rows = new ArrayList<>(items.size());
        items.forEach((sku, item) -> rows.add(item.parameters(sku)));
        Sql.batch(connection, ITEM, rows);
        Sql.batch(connection, NEEDED, needs);
        reviews.mark(connection, toReview);
    }

    /** What a transaction's events change on one item's row. */
    static final class Item {
        private boolean defined;
        private Boolean tracked;
        private Boolean discontinued;
        private Integer onHand;
        private int allocated;

        Item spec(boolean tracked, boolean discontinued) {
            this.defined = true;
            this.tracked = tracked;
            this.discontinued = discontinued;
            return this;
        }

        /** Inventory's own count after the event. */
        Item onHand(int onHandAfter) {
            this.onHand = onHandAfter;
            return this;
        }

        Item allocated(int delta) {
            this.allocated += delta;
            return this;
        }

        Object[] parameters(String sku) {
            return new Object[] {sku, defined, tracked, discontinued, onHand, allocated, tracked, discontinued, onHand};
        }
    }
}
