package io.backorder.inventory.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.storefront.StorefrontInventorySync;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stock item (a sku): its units on hand, which order lines hold some of them, and which lines
 * wait for more. Every allocation decision for a sku is made here, serialised by the stream's
 * version, so no unit is promised twice. A sku that was never defined is still a stream: an
 * unknown item whose lines are backordered, never dropped.
 */
public final class StockItem {

    public static final String AGGREGATE_TYPE = "StockItem";
    static final String INITIAL_QUANTITY = "initial quantity";

    private final String sku;
    private long version;
    private boolean defined;
    private ItemSpec spec = new ItemSpec(null, true, false);
    private int onHand;
    private final Map<LineRef, Integer> allocated = new LinkedHashMap<>();
    private final Map<LineRef, Integer> needed = new LinkedHashMap<>();

    private StockItem(String sku) {
        this.sku = sku;
    }

    public static StockItem replay(String sku, List<? extends EventData> history) {
        StockItem item = new StockItem(sku);
        history.forEach(item::apply);
        return item;
    }

    public void apply(EventData event) {
        version++;
        if (event instanceof ItemDefined e) {
            defined = true;
            spec = new ItemSpec(e.description(), e.tracked(), e.discontinued());
        } else if (event instanceof ItemChanged e) {
            spec = new ItemSpec(e.description(), e.tracked(), e.discontinued());
        } else if (event instanceof StockAdjusted e) {
            onHand += e.delta();
        } else if (event instanceof StockReceived e) {
            onHand += e.quantity();
        } else if (event instanceof StockAllocated e) {
            allocated.merge(new LineRef(e.orderNumber(), e.lineNo()), e.quantity(), Integer::sum);
        } else if (event instanceof LineBackordered e) {
            needed.merge(new LineRef(e.orderNumber(), e.lineNo()), e.quantityNeeded(), Integer::sum);
        }
    }

    /** Defines the item, or changes it; the first definition may bring the units already on the shelf. */
    public List<EventData> define(ItemSpec newSpec, int initialQuantityOnHand) {
        if (initialQuantityOnHand < 0) {
            throw new IllegalArgumentException("an initial quantity on hand cannot be negative");
        }
        List<EventData> events = new ArrayList<>();
        if (!defined) {
            events.add(new ItemDefined(sku, newSpec.description(), newSpec.tracked(), newSpec.discontinued()));
            if (initialQuantityOnHand > 0) {
                events.add(new StockAdjusted(sku, initialQuantityOnHand, INITIAL_QUANTITY, onHand + initialQuantityOnHand));
            }
        } else if (!newSpec.equals(spec)) {
            events.add(new ItemChanged(sku, newSpec.description(), newSpec.tracked(), newSpec.discontinued()));
        }
        return events;
    }

    /**
     * Serves an order line: allocates what is available and backorders the rest. An untracked item,
     * or a merchant who does not check inventory, is always in stock.
     */
    public List<EventData> allocate(LineRef line, int quantity, AllocationPolicy policy) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a line asks for at least one unit");
        }
        if (allocated.containsKey(line) || needed.containsKey(line)) {
            return List.of();
        }
        boolean alwaysInStock = !policy.checkInventory() || (defined && !spec.tracked());
        int allocatable = alwaysInStock ? quantity : Math.min(quantity, available());
        List<EventData> events = new ArrayList<>();
        if (allocatable > 0) {
            events.add(new StockAllocated(sku, line.orderNumber(), line.lineNo(), allocatable));
        }
        int shortfall = quantity - allocatable;
        if (shortfall > 0) {
            events.add(new LineBackordered(sku, line.orderNumber(), line.lineNo(), shortfall, BackorderReason.OUT_OF_STOCK,
                    policy.doBackorders() && !spec.discontinued()));
        }
        return events;
    }

    /**
     * After a pre-sale: the storefront sold a line it had fewer than zero of, and the line was
     * backordered here. The storefront is told to count zero again, so it does not sell the
     * backorder a second time.
     */
    public List<EventData> syncStorefront(String storefront, Integer storefrontQuantityOnHand, List<EventData> allocation,
                                          AllocationPolicy policy) {
        boolean backordered = allocation.stream().anyMatch(LineBackordered.class::isInstance);
        if (!policy.syncStorefrontInventoryAtImport() || !backordered || storefrontQuantityOnHand == null
                || storefrontQuantityOnHand >= 0) {
            return List.of();
        }
        return List.of(new StorefrontInventorySync(sku, storefront, 0));
    }

    /** Stock arrived at the dock. Waiting lines stay waiting until a fill hands the units out. */
    public List<EventData> receive(String receiptId, int quantity, String poNumber) {
        requireDefined("receive stock");
        if (quantity <= 0) {
            throw new StockRefusal("a receipt brings at least one unit");
        }
        return List.of(new StockReceived(sku, receiptId, quantity, poNumber, onHand + quantity));
    }

    /** A correction of the count on the shelf, with the reason for it. */
    public List<EventData> adjust(int delta, String reason) {
        requireDefined("adjust stock");
        if (delta == 0) {
            throw new StockRefusal("an adjustment changes the count by at least one unit");
        }
        if (onHand + delta < 0) {
            throw new StockRefusal("item " + sku + " has " + onHand + " on hand; it cannot lose " + -delta);
        }
        return List.of(new StockAdjusted(sku, delta, reason, onHand + delta));
    }

    private void requireDefined(String action) {
        if (!defined) {
            throw new UnknownItemException(sku, action);
        }
    }

    /** Units on hand that no line holds. Never negative, even after a count found fewer than were allocated. */
    public int available() {
        return Math.max(0, onHand - totalAllocated());
    }

    public int onHand() {
        return onHand;
    }

    public int totalAllocated() {
        return allocated.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalNeeded() {
        return needed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean defined() {
        return defined;
    }

    public ItemSpec spec() {
        return spec;
    }

    public long version() {
        return version;
    }

    public String sku() {
        return sku;
    }
}
