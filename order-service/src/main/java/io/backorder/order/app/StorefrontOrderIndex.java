package io.backorder.order.app;

import io.backorder.eventing.EventingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which order a storefront order became. Claiming a storefront order id is what makes an import
 * idempotent across REST, batch and topic: a second claim, even a concurrent one, finds the first.
 */
final class StorefrontOrderIndex {

    private StorefrontOrderIndex() {
    }

    static Optional<String> find(Connection connection, String storefrontOrderId) {
        try (PreparedStatement select = connection.prepareStatement(
                "select order_number from storefront_order where storefront_order_id = ?")) {
            select.setString(1, storefrontOrderId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventingException("could not look up storefront order " + storefrontOrderId, e);
        }
    }

    /** Draws the next order number and claims the storefront order id for it; empty if it was claimed first. */
    static Optional<String> claim(Connection connection, String storefrontOrderId) {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into storefront_order (storefront_order_id, order_number)
                values (?, nextval('order_number_seq')::varchar)
                on conflict (storefront_order_id) do nothing
                returning order_number""")) {
            insert.setString(1, storefrontOrderId);
            try (ResultSet rs = insert.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventingException("could not claim storefront order " + storefrontOrderId, e);
        }
    }
}
