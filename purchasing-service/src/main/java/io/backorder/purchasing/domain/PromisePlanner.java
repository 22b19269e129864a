package io.backorder.purchasing.domain;

import io.backorder.contracts.purchasing.PromisedDateChanged.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives every waiting line of one sku the date its units are expected.
 *
 * <p>The lines are taken in the order inventory's fill serves them (FillPlanner.QUEUE_ORDER there): oldest order
 * first by placement time, then by order number (shorter first, so 999 before 1000), then by line number, every
 * line forced to backorder behind every line that was not. They are served, as a fill would serve them, first from
 * the units available now (IN_STOCK: they wait only for a fill), then from the sent purchase orders in order of
 * their expected dates (ON_ORDER: the line's date is the one of the order that brings its last unit), and a line
 * that nothing covers in full is NOT_ON_ORDER. A draft has no date yet and promises nothing.
 *
 * <p>A late purchase order (its expected date passed with units still to come) is expected the day after today at
 * the earliest, and never before the day after its own expected date: a promise never lies in the past, and it
 * moves on with every day the goods do not come.
 */
public final class PromisePlanner {

    static final Comparator<WaitingLine> QUEUE_ORDER = Comparator
            .comparing(WaitingLine::forced)
            .thenComparing(WaitingLine::placedAt)
            .thenComparing(line -> line.orderNumber().length())
            .thenComparing(WaitingLine::orderNumber)
            .thenComparing(WaitingLine::lineNo);

    private PromisePlanner() {
    }

    /** The date a supply's units are expected, as of {@code today}. */
    static LocalDate expectedOn(Supply supply, LocalDate today) {
        if (!supply.late()) {
            return supply.expectedDate();
        }
        LocalDate dayAfterExpected = supply.expectedDate().plusDays(1);
        LocalDate tomorrow = today.plusDays(1);
        return dayAfterExpected.isAfter(tomorrow) ? dayAfterExpected : tomorrow;
    }

    public static List<LinePromise> plan(List<WaitingLine> waiting, int available, List<Supply> supplies,
                                         LocalDate today) {
        List<Dated> queue = supplies.stream()
                .filter(supply -> supply.outstanding() > 0 && supply.expectedDate() != null)
                .map(supply -> new Dated(supply, expectedOn(supply, today)))
                .sorted(Comparator.comparing(Dated::date).thenComparing(dated -> dated.supply().poNumber()))
                .toList();
        int stock = Math.max(0, available);
        int next = 0;
        int leftInNext = queue.isEmpty() ? 0 : queue.get(0).supply().outstanding();
        List<LinePromise> promises = new ArrayList<>();
        for (WaitingLine line : waiting.stream().filter(l -> l.needed() > 0).sorted(QUEUE_ORDER).toList()) {
            int need = line.needed();
            int fromStock = Math.min(stock, need);
            stock -= fromStock;
            need -= fromStock;
            Dated last = null;
            while (need > 0 && next < queue.size()) {
                int taken = Math.min(leftInNext, need);
                need -= taken;
                leftInNext -= taken;
                last = queue.get(next);
                if (leftInNext == 0 && ++next < queue.size()) {
                    leftInNext = queue.get(next).supply().outstanding();
                }
            }
            promises.add(promise(line, need, last));
        }
        return promises;
    }

    private static LinePromise promise(WaitingLine line, int uncovered, Dated last) {
        if (uncovered > 0) {
            return new LinePromise(line.orderNumber(), line.lineNo(), line.needed(), Status.NOT_ON_ORDER, null, null,
                    false);
        }
        if (last == null) {
            return new LinePromise(line.orderNumber(), line.lineNo(), line.needed(), Status.IN_STOCK, null, null, false);
        }
        return new LinePromise(line.orderNumber(), line.lineNo(), line.needed(), Status.ON_ORDER, last.date(),
                last.supply().poNumber(), last.supply().late());
    }

    private record Dated(Supply supply, LocalDate date) {
    }
}
