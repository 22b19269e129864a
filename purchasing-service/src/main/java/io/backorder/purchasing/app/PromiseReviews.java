package io.backorder.purchasing.app;

import io.backorder.contracts.EventData;
import io.backorder.eventing.EventMetadata;
import io.backorder.eventing.quarkus.Transactions;
import io.backorder.purchasing.config.PurchasingConfig;
import io.backorder.purchasing.domain.ItemPromises;
import io.backorder.purchasing.domain.LinePromise;
import io.backorder.purchasing.domain.PromisePlanner;
import io.backorder.purchasing.readmodel.DemandQueries;
import io.backorder.purchasing.readmodel.PromiseReviewMarks;
import io.backorder.purchasing.readmodel.PromiseViews;
import io.backorder.purchasing.readmodel.PurchaseOrderViews;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Works out the promised dates of the skus marked for review ({@link PromiseReviewMarks}) and publishes what
 * changed as PromisedDateChanged. Runs on the scheduler's thread, apart from the commands and consumers that mark:
 * many changes to one sku between two rounds cost one review, and a review never holds up a consumer.
 */
@ApplicationScoped
public class PromiseReviews {

    private static final Logger LOG = Logger.getLogger(PromiseReviews.class);

    private final Transactions transactions;
    private final PurchasingStore store;
    private final PromiseReviewMarks marks;
    private final DemandQueries demand;
    private final PurchaseOrderViews orders;
    private final PromiseViews views;
    private final PurchasingConfig config;
    private final Clock clock;

    PromiseReviews(Transactions transactions, PurchasingStore store, PromiseReviewMarks marks, DemandQueries demand,
                   PurchaseOrderViews orders, PromiseViews views, PurchasingConfig config, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.marks = marks;
        this.demand = demand;
        this.orders = orders;
        this.views = views;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${backorder.purchasing.promise-review-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            reviewMarked();
        } catch (RuntimeException e) {
            // The marks of a failed round were rolled back with it: the next round takes them again.
            LOG.warnf("promise review failed, trying again next round: %s", e);
        }
    }

    /** Reviews every marked sku, a batch per transaction; answers how many skus it reviewed. */
    public int reviewMarked() {
        int reviewed = 0;
        int taken;
        do {
            taken = transactions.inTransaction(this::reviewBatch);
            reviewed += taken;
        } while (taken == config.promiseReviewBatch());
        return reviewed;
    }

    private int reviewBatch(Connection connection) {
        List<String> skus = marks.take(connection, config.promiseReviewBatch());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        EventMetadata metadata = EventMetadata.newFlow();
        for (String sku : skus) {
            List<LinePromise> plan = PromisePlanner.plan(demand.waitingLines(connection, sku),
                    demand.available(connection, sku), orders.supplies(connection, sku), today);
            ItemPromises promises = store.promises(connection, sku);
            List<EventData> changed = promises.revise(plan);
            views.project(connection, store.save(ItemPromises.AGGREGATE_TYPE, sku, promises, changed, metadata));
            if (!changed.isEmpty()) {
                LOG.debugf("promised dates of %s: %d line(s) changed", sku, changed.size());
            }
        }
        return skus.size();
    }
}
