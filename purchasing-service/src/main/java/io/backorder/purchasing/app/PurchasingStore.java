package io.backorder.purchasing.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventSourced;
import io.backorder.eventing.StoredEvent;
import io.backorder.eventing.StreamId;
import io.backorder.eventing.quarkus.UnitOfWork;
import io.backorder.purchasing.domain.ItemPromises;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.Supplier;
import io.backorder.purchasing.domain.SupplierItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.function.Function;

/**
 * Loads purchasing's aggregates through the transaction's unit of work and appends what they decided, published on
 * purchasing.events keyed by the aggregate's id. The caller writes the read model from the aggregate afterwards.
 */
@ApplicationScoped
public class PurchasingStore {

    private final UnitOfWork unitOfWork;

    PurchasingStore(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public Supplier supplier(Connection connection, String supplierId) {
        return load(connection, Supplier.AGGREGATE_TYPE, supplierId, id -> Supplier.replay(id, List.of()));
    }

    public SupplierItem supplierItem(Connection connection, String sku) {
        return load(connection, SupplierItem.AGGREGATE_TYPE, sku, id -> SupplierItem.replay(id, List.of()));
    }

    public PurchaseOrder purchaseOrder(Connection connection, String poNumber) {
        return load(connection, PurchaseOrder.AGGREGATE_TYPE, poNumber, id -> PurchaseOrder.replay(id, List.of()));
    }

    public ItemPromises promises(Connection connection, String sku) {
        return load(connection, ItemPromises.AGGREGATE_TYPE, sku, id -> ItemPromises.replay(id, List.of()));
    }

    /**
     * Appends the decided events at the version the aggregate was loaded at, then applies them to it, so that the
     * caller's next decision and the read model see them.
     */
    public List<StoredEvent> save(String aggregateType, String id, EventSourced aggregate, List<EventData> decided,
                                  EventMetadata metadata) {
        if (decided.isEmpty()) {
            return List.of();
        }
        List<StoredEvent> stored = unitOfWork.append(StreamId.of(aggregateType, id), aggregate.version(), decided,
                metadata, Topics.PURCHASING_EVENTS);
        decided.forEach(aggregate::apply);
        return stored;
    }

    private <A extends EventSourced> A load(Connection connection, String type, String id, Function<String, A> empty) {
        return unitOfWork.load(connection, StreamId.of(type, id), () -> empty.apply(id));
    }
}
