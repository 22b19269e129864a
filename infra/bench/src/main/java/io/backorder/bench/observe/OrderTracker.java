package io.backorder.bench.observe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Follows the orders one load placed, from placement to allocation decision.
 *
 * <p>Correlation: the storefront's id is all the load knows; {@code OrderImported} on orders.events gives the order
 * number and the lines; {@code StockAllocated} and {@code LineBackordered} on inventory.events (keyed by sku) name the
 * order number and line. A line is decided when its allocated and backordered units add up to its quantity; an order
 * when all its lines are. Inventory events can be read before the import that caused them (two topics, no order
 * between them), so outcomes for an unknown order number wait here until its import is seen.
 *
 * <p>Times are {@link System#nanoTime()} of this JVM: placement when the load handed the order to the producer (or
 * the time it was due, for a paced load), decision when the event tap read the deciding event.
 *
 * <p>Every method is synchronized: the load and the event tap call in from their own threads, and the work done
 * under the lock is a few map operations.
 */
public final class OrderTracker {

    private final Map<String, Tracked> byStorefrontId = new HashMap<>();
    private final Map<String, Tracked> byOrderNumber = new HashMap<>();
    private final Map<String, List<Outcome>> early = new HashMap<>();
    private final Histogram placementToImport = Latencies.newHistogram();
    private final Histogram placementToDecision = Latencies.newHistogram();
    private final List<Decided> decided = new ArrayList<>();
    private final List<Consumer<Decided>> listeners = new ArrayList<>();
    private long lines;
    private long backorderedLines;
    private long lastImportedNanos;

    /** An order whose lines are all decided. */
    public record Decided(String storefrontOrderId, String orderNumber, long placedNanos, long decidedNanos,
                          Map<Integer, Integer> lineQuantities) {
    }

    private record Outcome(int lineNo, int units, boolean backordered, long seenNanos) {
    }

    private static final class Tracked {
        final String storefrontOrderId;
        final long placedNanos;
        String orderNumber;
        Map<Integer, Integer> quantities;
        final Map<Integer, Integer> decidedUnits = new HashMap<>();
        final Map<Integer, Boolean> backordered = new HashMap<>();
        int openLines;
        boolean done;

        Tracked(String storefrontOrderId, long placedNanos) {
            this.storefrontOrderId = storefrontOrderId;
            this.placedNanos = placedNanos;
        }
    }

    /** Called for every order decided, on the event tap's thread, outside no lock: keep it short. */
    public synchronized void onDecided(Consumer<Decided> listener) {
        listeners.add(listener);
    }

    public synchronized void placed(String storefrontOrderId, long placedNanos) {
        byStorefrontId.put(storefrontOrderId, new Tracked(storefrontOrderId, placedNanos));
    }

    /** OrderImported was read: {@code lineQuantities} maps lineNo to units ordered. Ignored for orders not placed here. */
    public void imported(String storefrontOrderId, String orderNumber, Map<Integer, Integer> lineQuantities,
                         long seenNanos) {
        List<Decided> newlyDecided = new ArrayList<>();
        synchronized (this) {
            Tracked order = byStorefrontId.get(storefrontOrderId);
            if (order == null || order.orderNumber != null) {
                return;
            }
            order.orderNumber = orderNumber;
            order.quantities = Map.copyOf(lineQuantities);
            order.openLines = lineQuantities.size();
            byOrderNumber.put(orderNumber, order);
            Latencies.record(placementToImport, order.placedNanos, seenNanos);
            lastImportedNanos = Math.max(lastImportedNanos, seenNanos);
            for (Outcome outcome : early.getOrDefault(orderNumber, List.of())) {
                apply(order, outcome, newlyDecided);
            }
            early.remove(orderNumber);
        }
        notifyListeners(newlyDecided);
    }

    /** StockAllocated ({@code backordered} false) or LineBackordered (true) was read for a line. */
    public void lineOutcome(String orderNumber, int lineNo, int units, boolean backordered, long seenNanos) {
        List<Decided> newlyDecided = new ArrayList<>();
        synchronized (this) {
            Outcome outcome = new Outcome(lineNo, units, backordered, seenNanos);
            Tracked order = byOrderNumber.get(orderNumber);
            if (order == null) {
                early.computeIfAbsent(orderNumber, number -> new ArrayList<>()).add(outcome);
                return;
            }
            apply(order, outcome, newlyDecided);
        }
        notifyListeners(newlyDecided);
    }

    private void apply(Tracked order, Outcome outcome, List<Decided> newlyDecided) {
        Integer quantity = order.quantities.get(outcome.lineNo());
        if (quantity == null || order.done) {
            return;
        }
        int before = order.decidedUnits.getOrDefault(outcome.lineNo(), 0);
        int after = before + outcome.units();
        order.decidedUnits.put(outcome.lineNo(), after);
        if (outcome.backordered()) {
            order.backordered.put(outcome.lineNo(), true);
        }
        if (before < quantity && after >= quantity) {
            order.openLines--;
            lines++;
            if (order.backordered.getOrDefault(outcome.lineNo(), false)) {
                backorderedLines++;
            }
        }
        if (order.openLines == 0) {
            order.done = true;
            Latencies.record(placementToDecision, order.placedNanos, outcome.seenNanos());
            Decided done = new Decided(order.storefrontOrderId, order.orderNumber, order.placedNanos,
                    outcome.seenNanos(), order.quantities);
            decided.add(done);
            newlyDecided.add(done);
            notifyAll();
        }
    }

    private void notifyListeners(List<Decided> newlyDecided) {
        if (newlyDecided.isEmpty()) {
            return;
        }
        List<Consumer<Decided>> current;
        synchronized (this) {
            current = List.copyOf(listeners);
        }
        for (Decided order : newlyDecided) {
            current.forEach(listener -> listener.accept(order));
        }
    }

    /**
     * Waits until {@code count} orders are decided or {@code timeout} passes.
     *
     * @return whether they were
     */
    public synchronized boolean awaitDecided(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (decided.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public synchronized int placedCount() {
        return byStorefrontId.size();
    }

    public synchronized int importedCount() {
        return byOrderNumber.size();
    }

    public synchronized int decidedCount() {
        return decided.size();
    }

    /** The orders decided so far, in the order their decisions were read. */
    public synchronized List<Decided> decided() {
        return List.copyOf(decided);
    }

    /** Lines decided so far … */
    public synchronized long decidedLines() {
        return lines;
    }

    /** … and how many of those got at least one unit backordered. */
    public synchronized long backorderedLines() {
        return backorderedLines;
    }

    /** The earliest placement, or empty before any. */
    public synchronized OptionalLong firstPlacedNanos() {
        return byStorefrontId.values().stream().mapToLong(order -> order.placedNanos).min();
    }

    /** When the last import of a tracked order was read; meaningless before any. */
    public synchronized long lastImportedNanos() {
        return lastImportedNanos;
    }

    public synchronized LatencyStats placementToImport() {
        return LatencyStats.ofMicros(placementToImport.copy());
    }

    public synchronized LatencyStats placementToDecision() {
        return LatencyStats.ofMicros(placementToDecision.copy());
    }
}
