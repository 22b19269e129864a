package io.backorder.order.app;

import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.domain.Order;
import io.backorder.order.domain.Shipment;
import io.backorder.order.readmodel.OrderView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What an operator does to one order: approve it, ask inventory to ship what is allocated, cancel
 * it.
 */
@ApplicationScoped
public class OrderCommands {

    private static final Logger LOG = Logger.getLogger(OrderCommands.class);

    private final Transactions transactions;
    private final OrderStreams orders;
    private final Approvals approvals;
    private final PaymentCaptures captures;
    private final Clock clock;
    private final Duration answerPollInterval;
    private final CommandFlows flows;

    OrderCommands(Transactions transactions, OrderStreams orders, Approvals approvals, PaymentCaptures captures,
                  Clock clock,
                  @ConfigProperty(name = "backorder.shipping.answer-poll-interval", defaultValue = "20ms")
                  Duration answerPollInterval, CommandFlows flows) {
        this.transactions = transactions;
        this.orders = orders;
        this.approvals = approvals;
        this.captures = captures;
        this.clock = clock;
        this.answerPollInterval = answerPollInterval;
        this.flows = flows;
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
                connection -> approvals.approve(connection, orderNumber, capture, flows.start()));
        Approvals.Approval approval = asked.awaitingCapture() ? captures.complete(orderNumber) : asked;
        LOG.infof("order %s %s", orderNumber, approval.approved() ? "approved" : "not approved: " + approval.declineReason());
        return approval;
    }

    /** Asks inventory to ship what the order page shows as allocated; answers the shipment's id. */
    public String ship(String orderNumber) {
        // Read in the transaction: a page read outside it would stay in the request's session, stale.
        return requestShipment(orderNumber, () -> allocatedByLine(orderNumber));
    }

    /** Asks inventory to ship, per line, at most the units given (and what the line has left to ship). */
    public String requestShipment(String orderNumber, Map<Integer, Integer> allocatedByLine) {
        return requestShipment(orderNumber, () -> allocatedByLine);
    }

    private String requestShipment(String orderNumber, Supplier<Map<Integer, Integer>> allocatedByLine) {
        String shipmentId = "ship-" + UUID.randomUUID();
        transactions.inTransaction(connection -> {
            Order order = orders.load(connection, orderNumber);
            orders.save(connection, orderNumber, order, order.requestShipment(shipmentId, allocatedByLine.get(),
                    clock.instant()), flows.start());
            return null;
        });
        LOG.infof("order %s: shipment %s asked of inventory", orderNumber, shipmentId);
        return shipmentId;
    }

    /**
     * Waits until inventory answered every line of the shipment, or the deadline passed (empty
     * then: the answer comes later, and the order page shows it). Reads the order's stream, so it
     * sees an answer whichever instance of order-service consumed it.
     */
    public Optional<Shipment> awaitAnswer(String orderNumber, String shipmentId, Instant deadline) {
        while (true) {
            Shipment shipment = transactions.inTransaction(connection ->
                    orders.load(connection, orderNumber).shipment(shipmentId).orElseThrow());
            if (shipment.answered()) {
                return Optional.of(shipment);
            }
            if (!clock.instant().isBefore(deadline)) {
                return Optional.empty();
            }
            try {
                Thread.sleep(answerPollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    public void cancel(String orderNumber, String reason) {
        transactions.inTransaction(connection -> {
            Order order = orders.load(connection, orderNumber);
            orders.save(connection, orderNumber, order, order.cancel(reason), flows.start());
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
