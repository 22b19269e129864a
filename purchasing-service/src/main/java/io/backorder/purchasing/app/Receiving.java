package io.backorder.purchasing.app;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.purchasing.PurchaseOrderLineReceived;
import io.backorder.eventing.EventMetadata;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.PurchaseOrderLine;
import io.backorder.purchasing.readmodel.PromiseReviewMarks;
import io.backorder.purchasing.readmodel.PurchaseOrderViews;
import io.backorder.purchasing.readmodel.ReceiptExceptions;
import io.backorder.purchasing.readmodel.ReceiptExceptions.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Follows inventory's StockReceived: a receipt that names a purchase order counts against it. Nothing is refused,
 * since the units are on the shelf already; what does not fit (an unknown number, a closed order, a sku the order
 * does not name, more than was ordered) is recorded all the same and reported as a receipt exception.
 */
@ApplicationScoped
public class Receiving {

    private static final Logger LOG = Logger.getLogger(Receiving.class);

    private final PurchasingStore store;
    private final PurchaseOrderViews views;
    private final ReceiptExceptions exceptions;
    private final PromiseReviewMarks reviews;

    Receiving(PurchasingStore store, PurchaseOrderViews views, ReceiptExceptions exceptions,
              PromiseReviewMarks reviews) {
        this.store = store;
        this.views = views;
        this.exceptions = exceptions;
        this.reviews = reviews;
    }

    public void received(Connection connection, StockReceived receipt, Instant at, EventMetadata metadata) {
        if (receipt.poNumber() == null || receipt.poNumber().isBlank()) {
            return;
        }
        PurchaseOrder order = store.purchaseOrder(connection, receipt.poNumber());
        if (!order.created()) {
            exceptions.record(connection, receipt.receiptId(), receipt.sku(), receipt.poNumber(),
                    Kind.UNKNOWN_PURCHASE_ORDER, receipt.quantity(), receipt.quantity(),
                    "no purchase order " + receipt.poNumber() + "; the units were added to stock", at);
            LOG.warnf("receipt %s: %d of %s name purchase order %s, which does not exist; stock was added all the same",
                    receipt.receiptId(), receipt.quantity(), receipt.sku(), receipt.poNumber());
            return;
        }
        boolean open = order.status().open();
        boolean onOrder = order.hasLine(receipt.sku());
        String statusBefore = order.status().name();
        List<EventData> decided = order.receive(receipt.receiptId(), receipt.sku(), receipt.quantity());
        if (store.save(PurchaseOrder.AGGREGATE_TYPE, order.poNumber(), order, decided, metadata).isEmpty()) {
            return;
        }
        views.write(connection, order, at);
        reviews.mark(connection, order.lines().stream().map(PurchaseOrderLine::sku).toList());
        PurchaseOrderLineReceived line = (PurchaseOrderLineReceived) decided.get(0);
        if (!open) {
            report(connection, receipt, Kind.AFTER_CLOSE, receipt.quantity(),
                    "purchase order " + receipt.poNumber() + " was " + statusBefore + " when the goods came", at);
        }
        if (!onOrder) {
            report(connection, receipt, Kind.NOT_ON_ORDER, receipt.quantity(),
                    "purchase order " + receipt.poNumber() + " does not order " + receipt.sku(), at);
        } else if (line.overReceived() > 0) {
            report(connection, receipt, Kind.OVER_RECEIVED, line.overReceived(), line.totalReceived() + " of "
                    + line.quantityOrdered() + " ordered units of " + receipt.sku() + " received", at);
        }
        LOG.infof("purchase order %s: %d of %s received (%d of %d), now %s", order.poNumber(), receipt.quantity(),
                receipt.sku(), line.totalReceived(), line.quantityOrdered(), order.status());
    }

    private void report(Connection connection, StockReceived receipt, Kind kind, int units, String detail,
                        Instant at) {
        exceptions.record(connection, receipt.receiptId(), receipt.sku(), receipt.poNumber(), kind, receipt.quantity(),
                units, detail, at);
        LOG.warnf("receipt %s: %s (%s)", receipt.receiptId(), detail, kind);
    }
}
