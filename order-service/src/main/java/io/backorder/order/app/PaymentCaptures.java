package io.backorder.order.app;

import io.backorder.contracts.orders.PaymentCaptureRequested;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.order.domain.CaptureOutcome;
import io.backorder.order.domain.Order;
import io.backorder.order.payment.PaymentGateway;
import io.backorder.order.readmodel.OrderQueries;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Makes the payment captures that orders asked for ({@code PaymentCaptureRequested}), as a step of
 * its own: read what to capture, call the provider outside any transaction (a slow provider holds
 * no database connection or lock), record the outcome in a new transaction. The idempotency key
 * is the order's and the authorization's, so a capture made again after a crash in between, by
 * {@link #completeForgotten} or by another instance, is answered with the first outcome and never
 * taken twice; only the first outcome is recorded.
 */
@ApplicationScoped
public class PaymentCaptures {

    private static final Logger LOG = Logger.getLogger(PaymentCaptures.class);

    private final Transactions transactions;
    private final OrderStreams orders;
    private final OrderQueries queries;
    private final PaymentGateway gateway;
    private final Clock clock;
    private final Duration forgottenAfter;
    /** Captures asked for by consumers run here, after their transaction committed. */
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "payment-captures");
        thread.setDaemon(true);
        return thread;
    });

    PaymentCaptures(Transactions transactions, OrderStreams orders, OrderQueries queries, PaymentGateway gateway,
                    Clock clock,
                    @ConfigProperty(name = "backorder.payment.forgotten-after", defaultValue = "30s")
                    Duration forgottenAfter) {
        this.transactions = transactions;
        this.orders = orders;
        this.queries = queries;
        this.gateway = gateway;
        this.clock = clock;
        this.forgottenAfter = forgottenAfter;
    }

    /**
     * Makes the capture the order waits for and records the outcome. Must not run inside a
     * transaction. A provider that cannot be reached is no answer: the capture stays asked for and
     * the recovery job asks again, with the same key.
     */
    public Approvals.Approval complete(String orderNumber) {
        Optional<PaymentCaptureRequested> pending = transactions.inTransaction(
                connection -> orders.load(connection, orderNumber).pendingCapture());
        if (pending.isPresent()) {
            CaptureOutcome outcome;
            try {
                outcome = gateway.capture(orderNumber, pending.get().authorizationId(), pending.get().amount());
            } catch (ProcessingException | WebApplicationException | FaultToleranceException e) {
                LOG.warnf("order %s: the payment provider could not be reached (%s); the capture is asked again"
                        + " within %s", orderNumber, e.getMessage(), forgottenAfter);
                return Approvals.Approval.waitingForCapture();
            }
            transactions.inTransaction(connection -> {
                Order order = orders.load(connection, orderNumber);
                orders.save(connection, orderNumber, order, order.recordCapture(outcome, clock.instant()),
                        EventMetadata.newFlow());
                return null;
            });
        }
        return transactions.inTransaction(connection -> state(orders.load(connection, orderNumber)));
    }

    /** Makes the capture once the current transaction committed, on a thread of its own. */
    public void completeAfterCommit(String orderNumber) {
        transactions.afterCommit(() -> afterCommit.execute(() -> completeQuietly(orderNumber)));
    }

    /**
     * Captures asked for and not answered for a while: the process stopped between asking and
     * recording, or the provider could not be reached. Made again with the same key.
     */
    @Scheduled(every = "${backorder.payment.recovery-every:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void completeForgotten() {
        List<String> forgotten = transactions.inTransaction(
                connection -> queries.capturesAskedBefore(clock.instant().minus(forgottenAfter)));
        for (String orderNumber : forgotten) {
            LOG.infof("order %s: the capture asked for %s ago was never answered; asking the gateway again",
                    orderNumber, forgottenAfter);
            completeQuietly(orderNumber);
        }
    }

    private void completeQuietly(String orderNumber) {
        try {
            Approvals.Approval approval = complete(orderNumber);
            LOG.debugf("order %s: capture %s", orderNumber, approval.approved() ? "made, approved"
                    : approval.declineReason() != null ? "declined: " + approval.declineReason() : "still waiting");
        } catch (RuntimeException e) {
            LOG.warnf("order %s: capture not made (%s); it is tried again in %s", orderNumber, e, forgottenAfter);
        }
    }

    private static Approvals.Approval state(Order order) {
        if (order.approved()) {
            return Approvals.Approval.done();
        }
        if (order.pendingCapture().isPresent()) {
            return Approvals.Approval.waitingForCapture();
        }
        return Approvals.Approval.declined(order.lastCaptureFailure().orElse("not approved"));
    }
}
