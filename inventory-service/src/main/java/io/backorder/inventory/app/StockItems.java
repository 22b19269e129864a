package io.backorder.inventory.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.StoredEvent;
import io.backorder.eventing.StreamId;
import io.backorder.eventing.quarkus.UnitOfWork;
import io.backorder.inventory.domain.StockItem;
import io.backorder.inventory.readmodel.InventoryProjector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Loads a stock item and stores what it decided: events, outbox records, views. */
@ApplicationScoped
public class StockItems {

    private final UnitOfWork unitOfWork;
    private final InventoryProjector projector;

    StockItems(UnitOfWork unitOfWork, InventoryProjector projector) {
        this.unitOfWork = unitOfWork;
        this.projector = projector;
    }

    /** The item as of its last event; within a transaction, the same instance for every load. */
    public StockItem load(Connection connection, String sku) {
        return unitOfWork.load(connection, stream(sku), () -> StockItem.replay(sku, List.of()));
    }

    /** {@link #load} for many items, caught up in one query: by sku, in the order given. */
    public Map<String, StockItem> loadAll(Connection connection, Collection<String> skus) {
        return unitOfWork.loadAll(connection, StockItem.AGGREGATE_TYPE, skus, sku -> StockItem.replay(sku, List.of()));
    }

    /** Appends what the item decided and applies it to the item, so that the next decision sees it. */
    public void save(StockItem item, List<EventData> decided, EventMetadata metadata) {
        append(item, decided, metadata, Topics.INVENTORY_EVENTS);
    }

    /**
     * Stores what was decided on many items, each loaded at {@code loadedVersions} and already brought up to date
     * with its decisions (a fill decides across items before it stores).
     *
     * @param decided by sku
     */
    public void saveAllDecided(Map<String, List<EventData>> decided, Map<String, Long> loadedVersions,
                               EventMetadata metadata) {
        decided.forEach((sku, events) -> projector.project(
                unitOfWork.append(stream(sku), loadedVersions.get(sku), events, metadata, Topics.INVENTORY_EVENTS)));
    }

    /** Writes what this transaction has decided so far to the views, for a read of them that must see it. */
    public void catchUpViews(Connection connection) {
        projector.catchUp(connection);
    }

    /** Messages for the storefronts: kept in the item's history, published on storefront.inventory. */
    public void tellStorefront(StockItem item, List<EventData> messages, EventMetadata metadata) {
        append(item, messages, metadata, Topics.STOREFRONT_INVENTORY);
    }

    private void append(StockItem item, List<EventData> decided, EventMetadata metadata, String topic) {
        if (decided.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = unitOfWork.append(stream(item.sku()), item.version(), decided, metadata, topic);
        decided.forEach(item::apply);
        projector.project(stored);
    }

    private static StreamId stream(String sku) {
        return StreamId.of(StockItem.AGGREGATE_TYPE, sku);
    }
}
