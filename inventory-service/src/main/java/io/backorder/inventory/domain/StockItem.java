package io.backorder.inventory.domain;

import io.backorder.contracts.EventData;
import io.backorder.contracts.inventory.AllocationReleased;
import io.backorder.contracts.inventory.AllocationTransferred;
import io.backorder.contracts.inventory.BackorderCancelled;
import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.contracts.inventory.BackorderReason;
import io.backorder.contracts.inventory.ItemChanged;
import io.backorder.contracts.inventory.ItemDefined;
import io.backorder.contracts.inventory.LineBackordered;
import io.backorder.contracts.inventory.StockAdjusted;
import io.backorder.contracts.inventory.StockAllocated;
import io.backorder.contracts.inventory.ReleaseReason;
import io.backorder.contracts.inventory.ShipmentLineRefused;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.contracts.inventory.StockShipped;
import io.backorder.contracts.storefront.StorefrontInventorySync;
import io.backorder.eventing.EventSourced;
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
public final class StockItem implements EventSourced {

    public static final String AGGREGATE_TYPE = "StockItem";
    static final String INITIAL_QUANTITY = "initial quantity";

    private final String sku;
    private long version;
    private boolean defined;
    private ItemSpec spec = new ItemSpec(null, true, false);
    private int onHand;
    private final Map<LineRef, Integer> allocated = new LinkedHashMap<>();
    private final Map<LineRef, Integer> needed = new LinkedHashMap<>();
    // Of the units a line holds, those filled after its order was approved: they belong to the
    // order split off it, so the original can neither ship nor release them.
    private final Map<LineRef, Integer> heldForSplit = new LinkedHashMap<>();
    // Running sums of the two maps: a decision must not cost more as more lines hold or wait for units.
    private int totalAllocated;
    private int totalNeeded;
    private final java.util.Set<LineRef> served = new java.util.HashSet<>();

    private StockItem(String sku) {
        this.sku = sku;
    }

    public static StockItem replay(String sku, List<? extends EventData> history) {
        StockItem item = new StockItem(sku);
        history.forEach(item::apply);
        return item;
    }

    @Override
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
            allocate(line(e.orderNumber(), e.lineNo()), e.quantity());
        } else if (event instanceof LineBackordered e) {
            need(line(e.orderNumber(), e.lineNo()), e.quantityNeeded());
        } else if (event instanceof AllocationReleased e) {
            allocate(line(e.orderNumber(), e.lineNo()), -e.quantity());
        } else if (event instanceof BackorderCancelled e) {
            need(line(e.orderNumber(), e.lineNo()), -e.quantityCancelled());
        } else if (event instanceof BackorderFilled e) {
            LineRef line = line(e.orderNumber(), e.lineNo());
            need(line, -e.quantityFilled());
            allocate(line, e.quantityFilled());
            if (e.forSplit()) {
                add(heldForSplit, line, e.quantityFilled());
            }
        } else if (event instanceof AllocationTransferred e) {
            LineRef from = line(e.fromOrderNumber(), e.fromLineNo());
            allocate(from, -e.quantity());
            // Transfers written before fills were held apart came from the line's own units.
            add(heldForSplit, from, -Math.min(e.quantity(), heldForSplit.getOrDefault(from, 0)));
            allocate(line(e.toOrderNumber(), e.toLineNo()), e.quantity());
        } else if (event instanceof StockShipped e) {
            onHand -= e.quantity();
            allocate(line(e.orderNumber(), e.lineNo()), -e.quantity());
        }
    }

    private void allocate(LineRef line, int delta) {
        add(allocated, line, delta);
        totalAllocated += delta;
    }

    private void need(LineRef line, int delta) {
        add(needed, line, delta);
        totalNeeded += delta;
    }

    private LineRef line(String orderNumber, int lineNo) {
        LineRef line = new LineRef(orderNumber, lineNo);
        served.add(line);
        return line;
    }

    private static void add(Map<LineRef, Integer> quantities, LineRef line, int delta) {
        int after = quantities.getOrDefault(line, 0) + delta;
        if (after == 0) {
            quantities.remove(line);
        } else {
            quantities.put(line, after);
        }
    }

    /** Defines the item, or changes it; the first definition may bring the units already on the shelf. */
    public List<EventData> define(ItemSpec newSpec, int initialQuantityOnHand) {
        if (initialQuantityOnHand < 0) {
            throw new StockRefusal("an initial quantity on hand cannot be negative");
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
            throw new StockRefusal(line + " asks for " + quantity + " units of " + sku + "; a line asks for at least one");
        }
        if (served.contains(line)) {
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

    /**
     * Takes units back from a line that holds them, so that other orders can have them; the line
     * needs them again. Forcing more than the line holds is refused.
     */
    public List<EventData> forceBackorder(LineRef line, Integer quantity, AllocationPolicy policy) {
        int held = shippable(line);
        int forced = quantity == null ? held : quantity;
        if (held == 0) {
            throw new StockRefusal(line + " holds no units of " + sku + " to force to backorder");
        }
        if (forced <= 0 || forced > held) {
            throw new StockRefusal("cannot force " + forced + " units of " + sku + " to backorder: " + line + " holds "
                    + held);
        }
        return List.of(new AllocationReleased(sku, line.orderNumber(), line.lineNo(), forced, ReleaseReason.FORCED_BACKORDER),
                new LineBackordered(sku, line.orderNumber(), line.lineNo(), forced, BackorderReason.FORCED,
                        policy.doBackorders() && !spec.discontinued()));
    }

    /** The customer no longer waits for some or all of a line's backordered units. */
    public List<EventData> cancelBackorder(LineRef line, Integer quantity) {
        int waiting = needed.getOrDefault(line, 0);
        int cancelled = quantity == null ? waiting : quantity;
        if (waiting == 0) {
            throw new StockRefusal(line + " has no backordered units of " + sku);
        }
        if (cancelled <= 0 || cancelled > waiting) {
            throw new StockRefusal("cannot cancel " + cancelled + " backordered units of " + sku + ": " + line
                    + " needs " + waiting);
        }
        return List.of(new BackorderCancelled(sku, line.orderNumber(), line.lineNo(), cancelled));
    }

    /**
     * Hands available units to a waiting line, at most {@code upTo}; nothing when none are
     * available. Never hands out more than is available. The units for a line whose order was
     * already approved are held apart for the order order-service splits off it.
     */
    public List<EventData> fill(LineRef line, int upTo, boolean orderApproved, FillOptions options) {
        int waiting = needed.getOrDefault(line, 0);
        int filled = Math.min(Math.min(waiting, upTo), available());
        if (filled <= 0) {
            return List.of();
        }
        return List.of(new BackorderFilled(sku, line.orderNumber(), line.lineNo(), filled, waiting - filled,
                options.fillId(), options.approveWhenComplete(), options.shipDate(), orderApproved,
                options.capture()));
    }

    /**
     * Units held apart for a split go to a line of the order split off: order-service split a
     * filled backorder of an approved order off into a new order.
     */
    public List<EventData> transfer(LineRef from, LineRef to, int quantity) {
        int held = heldForSplit.getOrDefault(from, 0);
        if (quantity <= 0 || quantity > held) {
            throw new StockRefusal("cannot move " + quantity + " units of " + sku + " from " + from + " to " + to
                    + ": it holds " + held + " for a split");
        }
        return List.of(new AllocationTransferred(sku, from.orderNumber(), from.lineNo(), to.orderNumber(), to.lineNo(),
                quantity));
    }

    /**
     * Answers one line of a requested shipment: ships what the line holds, at most the quantity
     * asked, or refuses when it holds nothing. Units held for a split are not the line's to ship.
     */
    public List<EventData> ship(LineRef line, int upTo, String shipmentId) {
        if (upTo <= 0) {
            throw new StockRefusal("a shipment of " + line + " asks for " + upTo + " units of " + sku
                    + "; it asks for at least one");
        }
        int quantity = Math.min(upTo, shippable(line));
        if (quantity == 0) {
            return List.of(new ShipmentLineRefused(sku, line.orderNumber(), line.lineNo(), shipmentId, upTo,
                    line + " holds no units of " + sku + " to ship"));
        }
        return List.of(new StockShipped(sku, line.orderNumber(), line.lineNo(), quantity, onHand - quantity,
                shipmentId));
    }

    /**
     * Units that left the warehouse by order-service's word alone (an {@code OrderShipped} written
     * before inventory confirmed shipments); they must have been allocated to the line.
     */
    public List<EventData> shipDecided(LineRef line, int quantity) {
        int held = shippable(line);
        if (quantity <= 0 || quantity > held) {
            throw new StockRefusal("cannot ship " + quantity + " units of " + sku + ": " + line + " holds " + held);
        }
        return List.of(new StockShipped(sku, line.orderNumber(), line.lineNo(), quantity, onHand - quantity, null));
    }

    /** What a line holds for its own order: all it holds but the units waiting for a split. */
    private int shippable(LineRef line) {
        return allocated.getOrDefault(line, 0) - heldForSplit.getOrDefault(line, 0);
    }

    /**
     * The order was cancelled: its units go back to stock, and it no longer waits for any. Units
     * held for a split stay: they belong to the order split off, which order-service creates (and
     * cancels in turn when the original was cancelled first).
     */
    public List<EventData> cancelOrderLine(LineRef line) {
        List<EventData> events = new ArrayList<>();
        int held = shippable(line);
        if (held > 0) {
            events.add(new AllocationReleased(sku, line.orderNumber(), line.lineNo(), held, ReleaseReason.ORDER_CANCELLED));
        }
        int waiting = needed.getOrDefault(line, 0);
        if (waiting > 0) {
            events.add(new BackorderCancelled(sku, line.orderNumber(), line.lineNo(), waiting));
        }
        return events;
    }

    public int allocatedTo(LineRef line) {
        return allocated.getOrDefault(line, 0);
    }

    public int neededBy(LineRef line) {
        return needed.getOrDefault(line, 0);
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
        return totalAllocated;
    }

    public int totalNeeded() {
        return totalNeeded;
    }

    public boolean defined() {
        return defined;
    }

    public ItemSpec spec() {
        return spec;
    }

    @Override
    public long version() {
        return version;
    }

    public String sku() {
        return sku;
    }
}
