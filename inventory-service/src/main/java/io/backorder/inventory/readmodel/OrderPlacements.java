package io.backorder.inventory.readmodel;

import io.backorder.eventing.EventingException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Writes {@link OrderPlacementView}: when each order was placed, for the fill queue. An order's
 * placement is written once; a redelivered order or split changes nothing.
 */
@ApplicationScoped
public class OrderPlacements {

    private static final String RECORD = """
            insert into order_placement (order_number, placed_at, customer_id) values (?, ?, ?)
            on conflict (order_number) do nothing""";

    private static final String APPROVE = "update order_placement set approved = true where order_number = ?";

    private static final String COPY = """
            insert into order_placement (order_number, placed_at, customer_id)
            select ?, placed_at, customer_id from order_placement where order_number = ?
            on conflict (order_number) do nothing""";

    public void record(Connection connection, String orderNumber, Instant placedAt, String customerId) {
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, orderNumber);
            insert.setObject(2, OffsetDateTime.ofInstant(placedAt, ZoneOffset.UTC));
            insert.setString(3, customerId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not record the placement of order " + orderNumber, e);
        }
    }

    /** From now on, units filled for the order are held apart for an order split off it. */
    public void approve(Connection connection, String orderNumber) {
        try (PreparedStatement update = connection.prepareStatement(APPROVE)) {
            update.setString(1, orderNumber);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not record the approval of order " + orderNumber, e);
        }
    }

    /** An order split off another one waits in the queue where the original did. */
    public void copy(Connection connection, String originalOrderNumber, String newOrderNumber) {
        try (PreparedStatement insert = connection.prepareStatement(COPY)) {
            insert.setString(1, newOrderNumber);
            insert.setString(2, originalOrderNumber);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not copy the placement of order " + originalOrderNumber, e);
        }
    }
}
