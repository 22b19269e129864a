package io.backorder.purchasing.app;

import io.backorder.contracts.EventData;
import io.backorder.eventing.quarkus.CommandFlows;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.PurchaseOrderLine;
import io.backorder.purchasing.domain.PurchasingRefusal;
import io.backorder.purchasing.domain.UnknownPurchaseOrderException;
import io.backorder.purchasing.readmodel.PromiseReviewMarks;
import io.backorder.purchasing.readmodel.PurchaseOrderViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * What an operator does with a purchase order: edit a draft's lines, send it, cancel it. Each is one transaction;
 * a command that changes when or whether units come marks the order's skus for a promise review.
 *
 * @throws UnknownPurchaseOrderException from every command, for a number never drawn
 * @throws PurchasingRefusal             from every command, when the order's state does not allow it
 */
@ApplicationScoped
public class PurchaseOrderCommands {

    private static final Logger LOG = Logger.getLogger(PurchaseOrderCommands.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final PurchaseOrderViews views;
    private final PromiseReviewMarks reviews;
    private final Clock clock;
    private final CommandFlows flows;

    PurchaseOrderCommands(Transactions transactions, PurchasingStore store, PurchaseOrderViews views,
                          PromiseReviewMarks reviews, Clock clock, CommandFlows flows) {
        this.transactions = transactions;
        this.store = store;
        this.views = views;
        this.reviews = reviews;
        this.clock = clock;
        this.flows = flows;
    }

    /** Sends a draft; its goods are expected on {@code expectedDate}, or after the supplier's lead time. */
    public void send(String poNumber, LocalDate expectedDate) {
        transactions.inTransaction(connection -> {
            PurchaseOrder order = existing(connection, poNumber);
            Instant now = clock.instant();
            LocalDate expected = expectedDate != null ? expectedDate
                    : now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(leadTimeDays(connection, order));
            decide(connection, order, order.send(now, expected));
            LOG.infof("purchase order %s sent to %s, expected on %s", poNumber, order.supplierId(), expected);
            return null;
        });
    }

    /** Cancels what has not arrived of an open order. */
    public void cancel(String poNumber) {
        onDraftsOrOpen(poNumber, PurchaseOrder::cancel);
        LOG.infof("purchase order %s cancelled", poNumber);
    }

    public void changeLine(String poNumber, String sku, int quantity, BigDecimal unitCost) {
        onDraftsOrOpen(poNumber, order -> order.changeLine(sku, quantity, unitCost));
    }

    public void removeLine(String poNumber, String sku) {
        onDraftsOrOpen(poNumber, order -> order.removeLine(sku));
    }

    /** A command that changes what is on order otherwise than a generation does: under the shared lock. */
    private void onDraftsOrOpen(String poNumber, Function<PurchaseOrder, List<EventData>> command) {
        transactions.inTransaction(connection -> {
            OnOrderLock.shared(connection);
            PurchaseOrder order = existing(connection, poNumber);
            decide(connection, order, command.apply(order));
            return null;
        });
    }

    private void decide(Connection connection, PurchaseOrder order, List<EventData> decided) {
        if (store.save(PurchaseOrder.AGGREGATE_TYPE, order.poNumber(), order, decided, flows.start())
                .isEmpty()) {
            return;
        }
        views.write(connection, order, clock.instant());
        reviews.mark(connection, order.lines().stream().map(PurchaseOrderLine::sku).toList());
    }

    private int leadTimeDays(Connection connection, PurchaseOrder order) {
        var supplier = store.supplier(connection, order.supplierId());
        return supplier.defined() ? supplier.spec().leadTimeDays() : 0;
    }

    private PurchaseOrder existing(Connection connection, String poNumber) {
        PurchaseOrder order = store.purchaseOrder(connection, poNumber);
        if (!order.created()) {
            throw new UnknownPurchaseOrderException(poNumber);
        }
        return order;
    }
}
