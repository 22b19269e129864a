package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;

/**
 * When each order was placed, from orders.events: the look-back window and the queue order of the promised dates
 * count from it. Written once per order; an order split off another one is placed when the original was.
 */
@ApplicationScoped
public class OrderPlacements {

    private static final String RECORD = """
            insert into order_placement (order_number, placed_at) values (?, ?)
            on conflict (order_number) do nothing""";

    private static final String COPY = """
            insert into order_placement (order_number, placed_at)
            select ?, placed_at from order_placement where order_number = ?
            on conflict (order_number) do nothing""";

    public void record(Connection connection, String orderNumber, Instant placedAt) {
        Sql.update(connection, RECORD, orderNumber, placedAt);
    }

    public void copy(Connection connection, String originalOrderNumber, String newOrderNumber) {
        Sql.update(connection, COPY, newOrderNumber, originalOrderNumber);
    }
}
