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
import java.util.ArrayList;
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
    public void save(Connection connection, StockItem item, List<EventData> decided, EventMetadata metadata) {
        append(connection, item, decided, metadata, Topics.INVENTORY_EVENTS);
    }

    /**
     * Stores what was decided on an item loaded at {@code loadedVersion} and already brought up to
     * date with its decisions (a fill decides across items before it stores).
     */
    public void saveDecided(Connection connection, String sku, long loadedVersion, List<EventData> decided,
                            EventMetadata metadata) {
        projector.project(connection, unitOfWork.append(stream(sku), loadedVersion, decided, metadata, Topics.INVENTORY_EVENTS));
    }

    /**
     * {@link #saveDecided} for many items, their views written in one statement each rather than per item.
     *
     * @param decided by sku; @param loadedVersions the version each item was loaded at
     */
    public void saveAllDecided(Connection connection, Map<String, List<EventData>> decided,
                               Map<String, Long> loadedVersions, EventMetadata metadata) {
        List<List<StoredEvent>> appended = new ArrayList<>(decided.size());
        decided.forEach((sku, events) -> appended.add(
                unitOfWork.append(stream(sku), loadedVersions.get(sku), events, metadata, Topics.INVENTORY_EVENTS)));
        projector.projectAll(connection, appended);
    }

    /** Messages for the storefronts: kept in the item's history, published on storefront.inventory. */
    public void tellStorefront(Connection connection, StockItem item, List<EventData> messages, EventMetadata metadata) {
        append(connection, item, messages, metadata, Topics.STOREFRONT_INVENTORY);
    }

    private void append(Connection connection, StockItem item, List<EventData> decided, EventMetadata metadata,
                        String topic) {
        if (decided.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = unitOfWork.append(stream(item.sku()), item.version(), decided, metadata, topic);
        decided.forEach(item::apply);
        projector.project(connection, stored);
    }

    private static StreamId stream(String sku) {
        return StreamId.of(StockItem.AGGREGATE_TYPE, sku);
    }
}
