package io.backorder.order.app;

import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.domain.Order;
import io.backorder.order.readmodel.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** What an operator does to one order: approve it, ship what is allocated, cancel it. */
@ApplicationScoped
public class OrderCommands {

    private static final Logger LOG = Logger.getLogger(OrderCommands.class);

    private final Transactions transactions;
    private final OrderStreams orders;
    private final Approvals approvals;
    private final PaymentCaptures captures;
    private final Clock clock;

    OrderCommands(Transactions transactions, OrderStreams orders, Approvals approvals, PaymentCaptures captures,
                  Clock clock) {
        this.transactions = transactions;
        this.orders = orders;
        this.approvals = approvals;
        this.captures = captures;
        this.clock = clock;
    }

    /** Approves, capturing the payment authorization first if the order carries one not yet captured. */
    public Approvals.Approval approve(String orderNumber) {
        return approve(orderNumber, true);
    }

    /**
     * Approves, capturing first when asked to and the order carries an authorization not yet
     * captured: the capture is asked for in one transaction and made after it, outside any.
     */
    public Approvals.Approval approve(String orderNumber, boolean capture) {
        Approvals.Approval asked = transactions.inTransaction(
                connection -> approvals.approve(connection, orderNumber, capture, EventMetadata.newFlow()));
        Approvals.Approval approval = asked.awaitingCapture() ? captures.complete(orderNumber) : asked;
        LOG.infof("order %s %s", orderNumber, approval.approved() ? "approved" : "not approved: " + approval.declineReason());
        return approval;
    }

    public void ship(String orderNumber) {
        transactions.inTransaction(connection -> {
            Order order = orders.load(connection, orderNumber);
            orders.save(connection, orderNumber, order, order.ship(allocatedByLine(orderNumber), clock.instant()),
                    EventMetadata.newFlow());
            return null;
        });
        LOG.infof("order %s shipped what was allocated", orderNumber);
    }

    public void cancel(String orderNumber, String reason) {
        transactions.inTransaction(connection -> {
            Order order = orders.load(connection, orderNumber);
            orders.save(connection, orderNumber, order, order.cancel(reason), EventMetadata.newFlow());
            return null;
        });
        LOG.infof("order %s cancelled: %s", orderNumber, reason);
    }

    /** Inventory owns allocations; the order page holds what it last published of them. */
    private static Map<Integer, Integer> allocatedByLine(String orderNumber) {
        OrderView view = OrderView.findById(orderNumber);
        return view == null ? Map.of()
                : view.lines.stream().collect(Collectors.toMap(line -> line.lineNo, line -> line.allocated));
    }
}
