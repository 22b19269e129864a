package io.backorder.inventory.readmodel;

import io.backorder.inventory.domain.LineRef;
import io.backorder.inventory.domain.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The lines that wait for units, for a fill: of some orders, of some skus, or all of them. */
@ApplicationScoped
public class WaitingLines {

    private static final String SELECT = "select l.orderNumber, l.lineNo, l.sku, p.placedAt, l.forced, p.approved"
            + " from LineAllocationView l, OrderPlacementView p"
            + " where p.orderNumber = l.orderNumber and l.needed > 0";

    public List<WaitingLine> find(Collection<String> orderNumbers, Collection<String> skus) {
        String where = (orderNumbers.isEmpty() ? "" : " and l.orderNumber in :orders")
                + (skus.isEmpty() ? "" : " and l.sku in :skus");
        TypedQuery<Object[]> query = LineAllocationView.getEntityManager().createQuery(SELECT + where, Object[].class);
        if (!orderNumbers.isEmpty()) {
            query.setParameter("orders", orderNumbers);
        }
        if (!skus.isEmpty()) {
            query.setParameter("skus", skus);
        }
        return query.getResultList().stream().map(WaitingLines::waiting).toList();
    }

    private static WaitingLine waiting(Object[] row) {
        return new WaitingLine(new LineRef((String) row[0], (Integer) row[1]), (String) row[2], (Instant) row[3],
                (Boolean) row[4], (Boolean) row[5]);
    }
}
