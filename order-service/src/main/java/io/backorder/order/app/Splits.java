package io.backorder.order.app;

import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.EventingException;
import io.backorder.order.config.OrderParameterCatalog;
import io.backorder.order.domain.Order;
import io.backorder.order.readmodel.OrderView;
import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * A fill on an approved order: part of it was already accepted for shipping, so the filled units
 * become a new order (one per original order and fill), linked both ways; it keeps the original's
 * discount when FillBackordersCarryDiscountPercent says so.
 */
@ApplicationScoped
public class Splits {

    private static final Logger LOG = Logger.getLogger(Splits.class);

    private final OrderStreams orders;
    private final Parameters parameters;

    Splits(OrderStreams orders, Parameters parameters) {
        this.orders = orders;
        this.parameters = parameters;
    }

    /** Answers the number of the order the filled line went to. */
    public String split(Connection connection, BackorderFilled filled, EventMetadata metadata) {
        String original = filled.orderNumber();
        String newNumber = claimNumber(connection, original, filled.fillId());
        Order split = orders.load(connection, newNumber);
        if (!split.exists()) {
            OrderView originalView = OrderView.findById(original);
            BigDecimal discount = parameters.bool(OrderParameterCatalog.FILL_BACKORDERS_CARRY_DISCOUNT_PERCENT)
                    && originalView != null ? originalView.discountPercent : BigDecimal.ZERO;
            orders.save(connection, newNumber, split, split.splitFrom(original, discount, filled.lineNo(), filled.sku(),
                    filled.quantityFilled()), metadata);
        } else {
            orders.save(connection, newNumber, split, split.addSplitLine(original, filled.lineNo(), filled.sku(),
                    filled.quantityFilled()), metadata);
        }
        LOG.infof("order %s line %d: %d of %s filled after approval, split off into order %s", original, filled.lineNo(),
                filled.quantityFilled(), filled.sku(), newNumber);
        return newNumber;
    }

    /** The new order's number for this fill of this order, drawn the first time the fill reaches it. */
    private static String claimNumber(Connection connection, String original, String fillId) {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into fill_split (original_order_number, fill_id, new_order_number)
                values (?, ?, nextval('order_number_seq')::varchar)
                on conflict do nothing""");
             PreparedStatement select = connection.prepareStatement(
                     "select new_order_number from fill_split where original_order_number = ? and fill_id = ?")) {
            insert.setString(1, original);
            insert.setString(2, fillId);
            insert.executeUpdate();
            select.setString(1, original);
            select.setString(2, fillId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new EventingException("could not number the order split off order " + original, e);
        }
    }
}
