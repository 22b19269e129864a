package io.backorder.order.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.Topics;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventStore;
import io.backorder.eventing.StoredEvent;
import io.backorder.eventing.StreamId;
import io.backorder.order.domain.Order;
import io.backorder.order.readmodel.OrderProjector;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;

/** Loads an order from its stream and stores what it decided: events, outbox records, the order page. */
@ApplicationScoped
public class OrderStreams {

    private final EventStore eventStore;
    private final OrderProjector projector;

    OrderStreams(EventStore eventStore, OrderProjector projector) {
        this.eventStore = eventStore;
        this.projector = projector;
    }

    public Order load(Connection connection, String orderNumber) {
        return Order.replay(orderNumber, eventStore.load(connection, stream(orderNumber)).stream()
                .map(StoredEvent::payload).toList());
    }

    public void save(Connection connection, String orderNumber, Order order, List<EventData> decided,
                     EventMetadata metadata) {
        if (decided.isEmpty()) {
            return;
        }
        projector.project(eventStore.append(connection, stream(orderNumber), order.version(), decided, metadata,
                Topics.ORDERS_EVENTS));
        decided.forEach(order::apply);
    }

    private static StreamId stream(String orderNumber) {
        return StreamId.of(Order.AGGREGATE_TYPE, orderNumber);
    }
}
