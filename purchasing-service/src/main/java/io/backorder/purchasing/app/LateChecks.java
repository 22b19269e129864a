package io.backorder.purchasing.app;

import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.readmodel.PromiseReviewMarks;
import io.backorder.purchasing.readmodel.PurchaseOrderViews;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Notices sent purchase orders that passed their expected date with units still to come (PurchaseOrderLate, once
 * per order), and marks the skus that late orders bring for a promise review, so that their promises move on with
 * the days. Runs every {@code backorder.purchasing.late-check-interval} (an hour), a little after start-up too.
 */
@ApplicationScoped
public class LateChecks {

    private static final Logger LOG = Logger.getLogger(LateChecks.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final PurchaseOrderViews views;
    private final PromiseReviewMarks marks;
    private final Clock clock;

    LateChecks(Transactions transactions, PurchasingStore store, PurchaseOrderViews views, PromiseReviewMarks marks,
               Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.views = views;
        this.marks = marks;
        this.clock = clock;
    }

    @Scheduled(every = "${backorder.purchasing.late-check-interval:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            checkAsOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        } catch (RuntimeException e) {
            LOG.warnf("late check failed, trying again next time: %s", e);
        }
    }

    /** Checks as of {@code today}; answers how many orders it found late just now. */
    public int checkAsOf(LocalDate today) {
        return transactions.inTransaction(connection -> {
            int noticed = 0;
            Instant now = clock.instant();
            EventMetadata metadata = EventMetadata.newFlow();
            for (String poNumber : views.overdue(connection, today)) {
                PurchaseOrder order = store.purchaseOrder(connection, poNumber);
                if (!store.save(PurchaseOrder.AGGREGATE_TYPE, poNumber, order, order.noticeLateness(today), metadata)
                        .isEmpty()) {
                    views.write(connection, order, now);
                    noticed++;
                    LOG.warnf("purchase order %s is late: expected on %s, %d unit(s) still to come", poNumber,
                            order.expectedDate(), order.unitsOutstanding());
                }
            }
            marks.mark(connection, views.skusOfLateOrders(connection));
            return noticed;
        });
    }
}
