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

    /**
     * The order a storefront order became, or a new order number claimed for it, in one round trip. A number is
     * drawn only when the storefront order is not known (so a storefront sending an order again makes no gap in the
     * numbers); an import of the same storefront order that claimed it meanwhile, not yet committed when this
     * statement began, makes it answer nothing: {@link #find} then sees that claim.
     */
    private static final String FIND_OR_CLAIM = """
            with found as (select order_number from storefront_order where storefront_order_id = ?),
                 claimed as (insert into storefront_order (storefront_order_id, order_number)
                             select ?, nextval('order_number_seq')::varchar where not exists (select from found)
                             on conflict (storefront_order_id) do nothing
                             returning order_number)
            select order_number, false as claimed from found
            union all
            select order_number, true from claimed""";

    /** The order number a storefront order has; {@code claimed}: drawn by this call, the order is to be imported. */
    record Claim(String orderNumber, boolean claimed) {
    }

    private StorefrontOrderIndex() {
    }

    /** The storefront order's order, or a new number claimed for it; empty when another import claimed it first. */
    static Optional<Claim> findOrClaim(Connection connection, String storefrontOrderId) {
        try (PreparedStatement statement = connection.prepareStatement(FIND_OR_CLAIM)) {
            statement.setString(1, storefrontOrderId);
            statement.setString(2, storefrontOrderId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Claim(rs.getString(1), rs.getBoolean(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventingException("could not look up or claim storefront order " + storefrontOrderId, e);
        }
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
}
