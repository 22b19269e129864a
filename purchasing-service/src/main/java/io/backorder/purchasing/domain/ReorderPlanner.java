package io.backorder.purchasing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides what to buy, one draft purchase order per supplier and one line per sku that needs buying.
 *
 * <p>The rule: a sku needs {@code backordered + reorderPoint − available − onOrder} units, where backordered counts
 * the units still needed by lines placed within the look-back window, available is on hand minus allocated (units on
 * the shelf above the reorder point count against the backorders: they are waiting for a fill, not to be bought
 * again), and onOrder is what open purchase orders, drafts included, still bring. When that is more than zero it is
 * raised to the supplier's minimum quantity, then rounded up to a whole number of lots.
 *
 * <p>Discontinued and untracked items are not bought, nor items without a supplier; such an item that needs units
 * is listed with its reason, and so is an item whose need open purchase orders already cover. Because drafts count
 * as on order, planning again right after a generation buys nothing.
 */
public final class ReorderPlanner {

    private ReorderPlanner() {
    }

    /** Why a line orders what it orders: the figures of the rule. */
    public record Basis(int backorderedInWindow, int reorderPoint, int available, int onOrder, int shortfall,
                        int minimumQuantity, int lotSize) {
    }

    public record PlannedLine(String sku, int quantity, BigDecimal unitCost, Basis basis) {
    }

    /** A sku that needs {@code unitsNeeded} units and is not bought, and why. */
    public record SkippedItem(String sku, SkipReason reason, int unitsNeeded) {
    }

    /** Lines per supplier, suppliers and skus in alphabetical order; the skipped skus in alphabetical order. */
    public record Plan(Map<String, List<PlannedLine>> bySupplier, List<SkippedItem> skipped) {
    }

    /** Units a sku needs before minimums and lots; zero or less: none. */
    public static int shortfall(int backorderedInWindow, int reorderPoint, int available, int onOrder) {
        return backorderedInWindow + reorderPoint - available - onOrder;
    }

    /** The shortfall raised to the minimum, then rounded up to whole lots; zero for no shortfall. */
    public static int orderQuantity(int shortfall, int minimumQuantity, int lotSize) {
        if (shortfall <= 0) {
            return 0;
        }
        int wanted = Math.max(shortfall, minimumQuantity);
        return (wanted + lotSize - 1) / lotSize * lotSize;
    }

    /**
     * @param supplierId the one supplier to buy from, or null for all of them. Items without a supplier are listed
     *                   either way, so that whoever buys learns of them.
     */
    public static Plan plan(List<ItemDemand> items, String supplierId) {
        Map<String, List<PlannedLine>> bySupplier = new TreeMap<>();
        List<SkippedItem> skipped = new ArrayList<>();
        for (ItemDemand item : items.stream().sorted(Comparator.comparing(ItemDemand::sku)).toList()) {
            SupplierTerms terms = item.terms();
            if (terms != null && supplierId != null && !supplierId.equals(terms.supplierId())) {
                continue;
            }
            int reorderPoint = terms == null ? 0 : terms.reorderPoint();
            SkipReason notBought = item.discontinued() ? SkipReason.DISCONTINUED
                    : !item.tracked() ? SkipReason.UNTRACKED
                    : terms == null ? SkipReason.NO_SUPPLIER : null;
            if (notBought != null) {
                int needs = shortfall(item.waitingInWindow(), reorderPoint, item.available(), item.onOrder());
                if (needs > 0) {
                    skipped.add(new SkippedItem(item.sku(), notBought, needs));
                }
                continue;
            }
            int gross = shortfall(item.replenishableInWindow(), reorderPoint, item.available(), 0);
            int net = gross - item.onOrder();
            if (gross <= 0) {
                continue;
            }
            if (net <= 0) {
                skipped.add(new SkippedItem(item.sku(), SkipReason.ALREADY_ON_ORDER, gross));
                continue;
            }
            bySupplier.computeIfAbsent(terms.supplierId(), id -> new ArrayList<>()).add(new PlannedLine(item.sku(),
                    orderQuantity(net, terms.minimumQuantity(), terms.lotSize()), terms.unitCost(),
                    new Basis(item.replenishableInWindow(), reorderPoint, item.available(), item.onOrder(), net,
                            terms.minimumQuantity(), terms.lotSize())));
        }
        return new Plan(bySupplier, skipped);
    }
}
