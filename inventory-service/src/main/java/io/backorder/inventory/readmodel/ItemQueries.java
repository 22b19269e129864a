package io.backorder.inventory.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Pages of the item list, by sku. The total is counted only when the page cannot tell it (a full
 * page, or one past the end): a count over every item costs more than the page itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemQueries {

    /** One page of items and how many match in all. */
    public record ItemPage(List<ItemView> items, long total) {
    }

    /**
     * @param skuPart       part of the sku, any case; null for every item
     * @param backordered   only items some line still waits for
     */
    public ItemPage page(String skuPart, boolean backordered, int pageIndex, int pageSize) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (skuPart != null && !skuPart.isBlank()) {
            where.append(" and upper(i.sku) like :sku escape '\\'");
            parameters.and("sku", "%" + escapeLike(skuPart.strip().toUpperCase(Locale.ROOT)) + "%");
        }
        if (backordered) {
            where.append(" and i.backordered > 0");
        }
        PanacheQuery<ItemView> query = ItemView.find("from ItemView i where " + where + " order by i.sku", parameters);
        List<ItemView> items = query.page(Page.of(pageIndex, pageSize)).list();
        long offset = (long) pageIndex * pageSize;
        boolean pageTellsTheTotal = items.size() < pageSize && (offset == 0 || !items.isEmpty());
        return new ItemPage(items, pageTellsTheTotal ? offset + items.size() : query.count());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
