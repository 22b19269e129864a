package io.backorder.order.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Pages of orders for the order list, oldest placed first. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderQueries {

    /** One page, and how many orders match in all. */
    public record OrderPage(List<OrderView> orders, long total) {
    }

    public OrderPage page(String customerId, boolean backorderedOnly, int pageIndex, int pageSize) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (customerId != null) {
            where.append(" and o.customerId = :customerId");
            parameters.and("customerId", customerId);
        }
        if (backorderedOnly) {
            where.append(" and exists (select 1 from OrderLineView l where l.order = o and l.needed > 0)");
        }
        PanacheQuery<OrderView> query = OrderView.find("from OrderView o where " + where
                + " order by o.placedAt, length(o.orderNumber), o.orderNumber", parameters);
        return new OrderPage(query.page(Page.of(pageIndex, pageSize)).list(), query.count());
    }

    /** Orders whose payment capture was asked for before that moment and is still unanswered. */
    public List<String> capturesAskedBefore(Instant moment) {
        return OrderView.getEntityManager()
                .createQuery("select o.orderNumber from OrderView o where o.captureRequestedAt < :moment"
                        + " order by o.captureRequestedAt", String.class)
                .setParameter("moment", moment).setMaxResults(500).getResultList();
    }
}
