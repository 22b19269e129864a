package io.backorder.order.app;

import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.eventing.EventMetadata;
import io.backorder.order.config.OrderParameterCatalog;
import io.backorder.order.domain.Order;
import io.backorder.order.readmodel.OrderView;
import io.backorder.parameters.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * What order-service does when inventory fills a backorder of an order that is not yet approved:
 * the order is filled in place (its page already shows it); the ship date is set when
 * FillBackOrdersSetShipDate says so; and a fill that completes the order approves it when the
 * fill asked for that, capturing the payment first when CaptureAtFillBackorders says so.
 */
@ApplicationScoped
public class FillReactions {

    private static final Logger LOG = Logger.getLogger(FillReactions.class);

    private final OrderStreams orders;
    private final Approvals approvals;
    private final Parameters parameters;
    private final Clock clock;

    FillReactions(OrderStreams orders, Approvals approvals, Parameters parameters, Clock clock) {
        this.orders = orders;
        this.approvals = approvals;
        this.parameters = parameters;
        this.clock = clock;
    }

    public void filled(Connection connection, BackorderFilled filled, EventMetadata metadata) {
        String orderNumber = filled.orderNumber();
        Order order = orders.load(connection, orderNumber);
        if (order.cancelled() || order.approved()) {
            return;
        }
        if (parameters.bool(OrderParameterCatalog.FILL_BACKORDERS_SET_SHIP_DATE)) {
            LocalDate shipDate = filled.shipDate() != null ? filled.shipDate() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
            orders.save(connection, orderNumber, order, order.setShipDate(shipDate), metadata);
        }
        OrderView view = OrderView.findById(orderNumber);
        if (filled.approveWhenComplete() && view != null && view.complete()) {
            boolean capture = parameters.bool(OrderParameterCatalog.CAPTURE_AT_FILL_BACKORDERS);
            Approvals.Approval approval = approvals.approve(connection, orderNumber, capture, metadata);
            LOG.infof("order %s completed by fill %s: %s", orderNumber, filled.fillId(),
                    approval.approved() ? "approved" : "left unapproved, " + approval.declineReason());
        }
    }
}
