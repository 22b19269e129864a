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
 * What order-service does when inventory fills a backorder. An order not yet approved is filled in
 * place (its page already shows it); units inventory filled for an approved order (it says so, and
 * holds them apart) are split off into a new order ({@link Splits}). Then, for the order that holds the units: the ship date is set when
 * FillBackOrdersSetShipDate says so, and when the fill asked for it, a complete order is approved,
 * after its payment is captured when the fill says so ({@code capture}), or when it does not say and
 * CaptureAtFillBackorders is set: the capture is asked for here and made once this transaction
 * committed ({@link PaymentCaptures}).
 */
@ApplicationScoped
public class FillReactions {

    private static final Logger LOG = Logger.getLogger(FillReactions.class);

    private final OrderStreams orders;
    private final Approvals approvals;
    private final PaymentCaptures captures;
    private final Splits splits;
    private final Parameters parameters;
    private final Clock clock;

    FillReactions(OrderStreams orders, Approvals approvals, PaymentCaptures captures, Splits splits,
                  Parameters parameters, Clock clock) {
        this.orders = orders;
        this.approvals = approvals;
        this.captures = captures;
        this.splits = splits;
        this.parameters = parameters;
        this.clock = clock;
    }

    public void filled(Connection connection, BackorderFilled filled, EventMetadata metadata) {
        Order order = orders.load(connection, filled.orderNumber());
        if (filled.forSplit()) {
            String splitOff = splits.split(connection, filled, metadata);
            if (order.cancelled()) {
                // Inventory holds the units for the split order alone: cancelling it gives them back.
                cancel(connection, splitOff, "order " + filled.orderNumber() + " was cancelled before its fill arrived",
                        metadata);
                return;
            }
            setShipDate(connection, splitOff, filled, metadata);
            if (filled.approveWhenComplete()) {
                // Complete by construction: it holds just the units this fill handed out.
                approvals.approve(connection, splitOff, false, metadata);
            }
            return;
        }
        if (order.cancelled()) {
            return;
        }
        setShipDate(connection, filled.orderNumber(), filled, metadata);
        OrderView view = OrderView.findById(filled.orderNumber());
        if (filled.approveWhenComplete() && !order.approved() && view != null && view.complete()) {
            // The fill's own choice, made by the operator who ran it; the merchant's parameter when it did not say.
            boolean capture = filled.capture() != null ? filled.capture()
                    : parameters.bool(OrderParameterCatalog.CAPTURE_AT_FILL_BACKORDERS);
            Approvals.Approval approval = approvals.approve(connection, filled.orderNumber(), capture, metadata);
            if (approval.awaitingCapture()) {
                captures.completeAfterCommit(filled.orderNumber());
            }
            LOG.debugf("order %s completed by fill %s: %s", filled.orderNumber(), filled.fillId(),
                    approval.approved() ? "approved" : "payment capture asked for, approved once captured");
        }
    }

    private void cancel(Connection connection, String orderNumber, String reason, EventMetadata metadata) {
        Order order = orders.load(connection, orderNumber);
        orders.save(connection, orderNumber, order, order.cancel(reason), metadata);
    }

    private void setShipDate(Connection connection, String orderNumber, BackorderFilled filled, EventMetadata metadata) {
        if (parameters.bool(OrderParameterCatalog.FILL_BACKORDERS_SET_SHIP_DATE)) {
            LocalDate shipDate = filled.shipDate() != null ? filled.shipDate() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
            Order order = orders.load(connection, orderNumber);
            orders.save(connection, orderNumber, order, order.setShipDate(shipDate), metadata);
        }
    }
}
