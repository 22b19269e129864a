package io.backorder.order.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.StreamId;
import io.backorder.eventing.quarkus.UnitOfWork;
import io.backorder.order.domain.Order;
import io.backorder.order.readmodel.OrderProjector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Loads an order and stores what it decided: events, outbox records, the order page. */
@ApplicationScoped
public class OrderStreams {

    private final UnitOfWork unitOfWork;
    private final OrderProjector projector;

    OrderStreams(UnitOfWork unitOfWork, OrderProjector projector) {
        this.unitOfWork = unitOfWork;
        this.projector = projector;
    }

    /** The order as of its last event; within a transaction, the same instance for every load. */
    public Order load(Connection connection, String orderNumber) {
        return unitOfWork.load(connection, stream(orderNumber), () -> Order.replay(orderNumber, List.of()));
    }

    public void save(Connection connection, String orderNumber, Order order, List<EventData> decided,
                     EventMetadata metadata) {
        if (decided.isEmpty()) {
            return;
        }
        projector.project(connection, unitOfWork.append(stream(orderNumber), order.version(), decided, metadata,
                Topics.ORDERS_EVENTS));
        decided.forEach(order::apply);
    }

    private static StreamId stream(String orderNumber) {
        return StreamId.of(Order.AGGREGATE_TYPE, orderNumber);
    }
}
