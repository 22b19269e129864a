package io.backorder.purchasing.readmodel;

import io.backorder.eventing.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Collection;
import java.util.List;

/**
 * The skus whose promised dates must be worked out again. A mark is written in the transaction that changed the
 * sku's demand or supply, so it cannot be lost; the review takes marks with {@code skip locked}, so instances share
 * the work, and a mark written while a review holds the same sku's waits for it and is reviewed next round.
 */
@ApplicationScoped
public class PromiseReviewMarks {

    private static final String MARK = """
            insert into promise_review (sku) select unnest(?::varchar[])
            on conflict (sku) do nothing""";

    private static final String MARK_ORDERS = """
            insert into promise_review (sku)
            select distinct sku from demand_line where order_number = any (?) and needed > 0 order by sku
            on conflict (sku) do nothing""";

    private static final String TAKE = """
            delete from promise_review where sku in (
                select sku from promise_review order by marked_at, sku limit ? for update skip locked)
            returning sku""";

    public void mark(Connection connection, Collection<String> skus) {
        if (!skus.isEmpty()) {
            Sql.update(connection, MARK, (Object) skus.stream().distinct().sorted().toArray(String[]::new));
        }
    }

    /** The skus these orders' waiting lines wait for: their placement times put them in their place in the queue. */
    public void markOrders(Connection connection, Collection<String> orderNumbers) {
        if (!orderNumbers.isEmpty()) {
            Sql.update(connection, MARK_ORDERS, (Object) orderNumbers.toArray(String[]::new));
        }
    }

    /** Takes at most {@code limit} marks, oldest first; they are gone once the caller's transaction commits. */
    public List<String> take(Connection connection, int limit) {
        return Sql.query(connection, TAKE, rs -> rs.getString(1), limit);
    }
}
