package io.backorder.order.app;

import io.backorder.eventing.EventMetadata;
import io.backorder.order.domain.CaptureOutcome;
import io.backorder.order.domain.Order;
import io.backorder.order.payment.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Approves an order, capturing its payment authorization first when asked to: a declined capture
 * is recorded (PaymentCaptureFailed, with the gateway's reason) and leaves the order unapproved.
 */
@ApplicationScoped
public class Approvals {

    private static final Logger LOG = Logger.getLogger(Approvals.class);

    private final OrderStreams orders;
    private final PaymentGateway gateway;
    private final Clock clock;

    Approvals(OrderStreams orders, PaymentGateway gateway, Clock clock) {
        this.orders = orders;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** How an approval went. */
    public record Approval(boolean approved, String declineReason) {
    }

    public Approval approve(Connection connection, String orderNumber, boolean capture, EventMetadata metadata) {
        Order order = orders.load(connection, orderNumber);
        if (order.approved()) {
            return new Approval(true, null);
        }
        if (capture && order.needsCapture()) {
            CaptureOutcome outcome = gateway.capture(orderNumber, order.payment().authorizationId(),
                    order.payment().amount());
            orders.save(connection, orderNumber, order, order.recordCapture(outcome), metadata);
            if (!outcome.captured()) {
                LOG.warnf("order %s stays unapproved: payment capture failed (%s)", orderNumber, outcome.reason());
                return new Approval(false, outcome.reason());
            }
        }
        orders.save(connection, orderNumber, order, order.approve(clock.instant()), metadata);
        return new Approval(true, null);
    }
}
