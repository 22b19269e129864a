package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import io.backorder.eventing.quarkus.PendingWrites;
import io.backorder.eventing.quarkus.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each order was placed, from orders.events: the look-back window and the queue order of the promised dates
 * count from it. Written once per order; an order split off another one is placed when the original was.
 *
 * <p>The placements of a transaction's imports are gathered and written before it commits, in one JDBC batch, with
 * one statement that marks the skus their waiting lines wait for: a batch of imports took two statements an order.
 */
@ApplicationScoped
public class OrderPlacements {

    private static final String RECORD = """
            insert into order_placement (order_number, placed_at) values (?, ?)
            on conflict (order_number) do nothing""";

    private static final String COPY = """
            insert into order_placement (order_number, placed_at)
            select ?, placed_at from order_placement where order_number = ?
            on conflict (order_number) do nothing""";

    private final UnitOfWork unitOfWork;
    private final PromiseReviewMarks reviews;

    OrderPlacements(UnitOfWork unitOfWork, PromiseReviewMarks reviews) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
    }

    /**
     * The order was placed then; the skus its waiting lines wait for are marked for review too, since lines inventory
     * backordered before the order was heard of waited from their backorder until now. Written before the
     * transaction commits.
     */
    public void record(String orderNumber, Instant placedAt) {
        gathered().add(orderNumber, placedAt);
    }

    /** The new order was placed when the original was: written now, after the placements gathered so far. */
    public void copy(Connection connection, String originalOrderNumber, String newOrderNumber) {
        gathered().write(connection);
        Sql.update(connection, COPY, newOrderNumber, originalOrderNumber);
    }

    private Placements gathered() {
        return unitOfWork.pending(Placements.class, () -> new Placements(reviews));
    }

    /** A transaction's placements not written yet. */
    private static final class Placements implements PendingWrites {
        private final PromiseReviewMarks reviews;
        private final List<Object[]> rows = new ArrayList<>();

        Placements(PromiseReviewMarks reviews) {
            this.reviews = reviews;
        }

        void add(String orderNumber, Instant placedAt) {
            rows.add(new Object[] {orderNumber, placedAt});
        }

        /** Writes what was gathered and forgets it, so that a later write (at the commit) adds only what came since. */
        @Override
        public void write(Connection connection) {
            if (rows.isEmpty()) {
                return;
            }
            Sql.batch(connection, RECORD, rows);
            reviews.markOrders(connection, rows.stream().map(row -> (String) row[0]).toList());
            rows.clear();
        }
    }
}
