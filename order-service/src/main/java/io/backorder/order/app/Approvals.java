package io.backorder.order.app;

import io.backorder.eventing.EventMetadata;
import io.backorder.order.domain.Order;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;

/**
 * Approves an order within the caller's transaction. When its payment is to be captured first,
 * the approval waits: the capture is asked for here and made by {@link PaymentCaptures} once this
 * transaction committed, never inside it; a successful capture then approves the order, a decline
 * leaves it unapproved with the gateway's reason.
 */
@ApplicationScoped
public class Approvals {

    private final OrderStreams orders;
    private final Clock clock;

    Approvals(OrderStreams orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** How an approval went. */
    public record Approval(boolean approved, String declineReason, boolean awaitingCapture) {

        static Approval done() {
            return new Approval(true, null, false);
        }

        static Approval declined(String reason) {
            return new Approval(false, reason, false);
        }

        static Approval waitingForCapture() {
            return new Approval(false, null, true);
        }
    }

    public Approval approve(Connection connection, String orderNumber, boolean capture, EventMetadata metadata) {
        Order order = orders.load(connection, orderNumber);
        if (order.approved()) {
            return Approval.done();
        }
        if (capture && order.needsCapture()) {
            orders.save(connection, orderNumber, order, order.requestCapture(true), metadata);
            return Approval.waitingForCapture();
        }
        orders.save(connection, orderNumber, order, order.approve(clock.instant()), metadata);
        return Approval.done();
    }
}
