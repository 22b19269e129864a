package io.backorder.inventory.readmodel;

import io.backorder.eventing.EventingException;
import io.backorder.eventing.StoredEvent;
import io.backorder.eventing.quarkus.PendingWrites;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one transaction's events change on the views, gathered event by event: one change per item, the lines'
 * changes in their order. Written with one statement for the lines and one batch for the items.
 */
final class ViewChanges implements PendingWrites {

    private final Map<String, ItemChange> items = new HashMap<>();
    private final List<LineChange> lines = new ArrayList<>();

    /** The events of one append: they all belong to one item. */
    void add(List<StoredEvent> events) {
        ItemChange item = items.computeIfAbsent(events.get(0).stream().aggregateId(), ItemChange::new);
        for (StoredEvent event : events) {
            InventoryProjector.apply(event.payload(), item, lines);
            item.version = event.version();
        }
    }

    @Override
    public void write(Connection connection) {
        List<ItemChange> sorted = new ArrayList<>(items.values());
        // In sku order, so that two transactions over the same items lock their rows in the same order.
        sorted.sort(Comparator.comparing(item -> item.sku));
        try {
            LineChange.writeAll(connection, LineChange.merged(lines)).forEach((sku, backordered) ->
                    items.get(sku).backordered += backordered);
            ItemChange.writeAll(connection, sorted);
        } catch (SQLException e) {
            throw new EventingException("could not project the events of " + sorted.size() + " items ("
                    + sorted.get(0).sku + (sorted.size() > 1 ? ", …" : "") + ")", e);
        }
    }
}
