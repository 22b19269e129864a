package io.backorder.reporting.readmodel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch of inventory events does to order lines, worked out in memory from the lines as the
 * batch found them, event by event as the rows used to be changed one statement at a time: each
 * line's net change, since when it waits, and every change of the backlog with the lines and
 * orders that started or stopped waiting then. A negative count is kept, not clamped.
 */
final class LineChanges {

    /** A line's units needed and since when it waits, as the batch found it. */
    record Found(int needed, Instant waitingSince) {
    }

    /** What the batch adds to a line's row; the row is made if inventory is heard of before the order. */
    static final class Line {
        final LineKey key;
        final String sku;
        int allocated;
        int neededAdded;
        int shipped;
        int cancelled;
        int splitOff;
        int neededAtImport;
        String firstReason;
        /** The units needed now, counting what the row had. */
        int needed;
        Instant waitingSince;

        private Line(LineKey key, String sku, Found found) {
            this.key = key;
            this.sku = sku;
            this.needed = found.needed();
            this.waitingSince = found.waitingSince();
        }

        private void add(LineEvent event) {
            LineDelta delta = event.delta();
            allocated += delta.allocated();
            shipped += delta.shipped();
            cancelled += delta.cancelled();
            splitOff += delta.splitOff();
            neededAdded += delta.needed();
            if (needed <= 0 && needed + delta.needed() > 0) {
                waitingSince = event.at();
            }
            needed += delta.needed();
            neededAtImport += event.neededAtImport();
            if (firstReason == null) {
                firstReason = event.firstReason();
            }
        }
    }

    private static final Found NOT_FOUND = new Found(0, null);

    private final Map<LineKey, Found> found;
    private final Map<String, Integer> orderNeeded;
    private final Map<String, Integer> orderNeededAdded = new TreeMap<>();
    private final Map<LineKey, Line> lines = new TreeMap<>();
    private final List<BacklogChange> backlog = new ArrayList<>();

    /**
     * @param found       the lines the batch changes, as the batch found them (a line not among them had no row)
     * @param orderNeeded the units each order the batch changes needed in all lines, as the batch found it
     */
    LineChanges(Map<LineKey, Found> found, Map<String, Integer> orderNeeded) {
        this.found = found;
        this.orderNeeded = new HashMap<>(orderNeeded);
    }

    void apply(LineEvent event) {
        Line line = lines.computeIfAbsent(event.line(),
                key -> new Line(key, event.sku(), found.getOrDefault(key, NOT_FOUND)));
        int lineBefore = line.needed;
        line.add(event);
        int units = event.delta().needed();
        if (units == 0) {
            return;
        }
        String orderNumber = event.line().orderNumber();
        int orderBefore = orderNeeded.getOrDefault(orderNumber, 0);
        orderNeeded.put(orderNumber, orderBefore + units);
        orderNeededAdded.merge(orderNumber, units, Integer::sum);
        backlog.add(new BacklogChange(event.at(), units, crossing(lineBefore, line.needed),
                crossing(orderBefore, orderBefore + units)));
    }

    /** The lines changed, in key order. */
    List<Line> lines() {
        return List.copyOf(lines.values());
    }

    /** What the batch adds to each order's units needed, in order-number order; orders it leaves as they were are not in it. */
    Map<String, Integer> orderNeededAdded() {
        Map<String, Integer> changed = new TreeMap<>(orderNeededAdded);
        changed.values().removeIf(units -> units == 0);
        return changed;
    }

    /** The backlog's changes, in the events' order. */
    List<BacklogChange> backlog() {
        return backlog;
    }

    /** +1 when a count starts being waited for, -1 when it stops, 0 otherwise. */
    static int crossing(int before, int after) {
        return Integer.compare(after > 0 ? 1 : 0, before > 0 ? 1 : 0);
    }
}
