package io.backorder.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.purchasing.PromisedDateChanged.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromisePlannerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final LocalDate DEC_4 = LocalDate.parse("2026-12-04");
    private static final LocalDate DEC_9 = LocalDate.parse("2026-12-09");
    private static final Instant EIGHT = Instant.parse("2026-11-27T08:00:00Z");
    private static final Instant EIGHT_FIVE = Instant.parse("2026-11-27T08:05:00Z");
    private static final Instant EIGHT_TEN = Instant.parse("2026-11-27T08:10:00Z");

    @Test
    void the_oldest_waiting_line_gets_the_earliest_units_as_the_fill_rule_serves_them() {
        List<WaitingLine> waiting = List.of(line("1003", 2, EIGHT_TEN), line("1002", 1, EIGHT_FIVE));

        List<LinePromise> promises = PromisePlanner.plan(waiting, 0,
                List.of(supply("PO-2", DEC_9, 5), supply("PO-1", DEC_4, 2)), TODAY);

        assertThat(promises).containsExactly(
                onOrder("1002", 1, DEC_4, "PO-1"),
                onOrder("1003", 2, DEC_9, "PO-2"));
    }

    @Test
    void a_line_is_promised_the_date_its_last_unit_comes() {
        List<LinePromise> promises = PromisePlanner.plan(List.of(line("1001", 4, EIGHT)), 1,
                List.of(supply("PO-1", DEC_4, 2), supply("PO-2", DEC_9, 5)), TODAY);

        assertThat(promises).containsExactly(onOrder("1001", 4, DEC_9, "PO-2"));
    }

    @Test
    void units_on_hand_serve_the_first_lines_and_the_rest_wait_for_purchase_orders_or_for_nothing() {
        List<WaitingLine> waiting = List.of(line("1001", 2, EIGHT), line("1002", 2, EIGHT_FIVE),
                line("1003", 2, EIGHT_TEN));

        List<LinePromise> promises = PromisePlanner.plan(waiting, 2, List.of(supply("PO-1", DEC_4, 3)), TODAY);

        assertThat(promises).containsExactly(
                new LinePromise("1001", 1, 2, Status.IN_STOCK, null, null, false),
                onOrder("1002", 2, DEC_4, "PO-1"),
                new LinePromise("1003", 1, 2, Status.NOT_ON_ORDER, null, null, false));
    }

    @Test
    void a_forced_line_waits_behind_every_line_that_was_not_forced() {
        WaitingLine forcedOldest = new WaitingLine("1001", 1, 4, EIGHT, true);
        List<WaitingLine> waiting = List.of(forcedOldest, line("1002", 1, EIGHT_FIVE));

        List<LinePromise> promises = PromisePlanner.plan(waiting, 0,
                List.of(supply("PO-1", DEC_4, 1), supply("PO-2", DEC_9, 4)), TODAY);

        assertThat(promises).containsExactly(onOrder("1002", 1, DEC_4, "PO-1"), onOrder("1001", 4, DEC_9, "PO-2"));
    }

    @Test
    void ties_in_placement_go_by_order_number_shorter_first_then_line() {
        List<WaitingLine> waiting = List.of(new WaitingLine("1000", 2, 1, EIGHT, false),
                new WaitingLine("999", 1, 1, EIGHT, false), new WaitingLine("1000", 1, 1, EIGHT, false));

        List<LinePromise> promises = PromisePlanner.plan(waiting, 0,
                List.of(supply("PO-1", DEC_4, 2), supply("PO-2", DEC_9, 1)), TODAY);

        assertThat(promises).extracting(LinePromise::orderNumber, LinePromise::lineNo, LinePromise::promisedDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("999", 1, DEC_4),
                        org.assertj.core.groups.Tuple.tuple("1000", 1, DEC_4),
                        org.assertj.core.groups.Tuple.tuple("1000", 2, DEC_9));
    }

    @Test
    void a_late_purchase_order_is_expected_the_day_after_today_at_the_earliest() {
        Supply late = new Supply("PO-1", DEC_4, 5, true);

        assertThat(PromisePlanner.plan(List.of(line("1001", 1, EIGHT)), 0, List.of(late), DEC_9))
                .containsExactly(new LinePromise("1001", 1, 1, Status.ON_ORDER, DEC_9.plusDays(1), "PO-1", true));
        assertThat(PromisePlanner.expectedOn(late, TODAY)).as("noticed early: never before the day after its date")
                .isEqualTo(DEC_4.plusDays(1));
    }

    @Test
    void a_late_order_moves_behind_an_order_that_is_still_on_time() {
        Supply late = new Supply("PO-1", DEC_4, 1, true);
        Supply onTime = new Supply("PO-2", LocalDate.parse("2026-12-06"), 1, false);

        List<LinePromise> promises = PromisePlanner.plan(List.of(line("1001", 1, EIGHT), line("1002", 1, EIGHT_FIVE)),
                0, List.of(late, onTime), LocalDate.parse("2026-12-05"));

        assertThat(promises).extracting(LinePromise::poNumber).containsExactly("PO-1", "PO-2");
        assertThat(promises.get(0).promisedDate()).isEqualTo(LocalDate.parse("2026-12-06"));
        assertThat(PromisePlanner.plan(List.of(line("1001", 1, EIGHT), line("1002", 1, EIGHT_FIVE)), 0,
                List.of(late, onTime), LocalDate.parse("2026-12-06"))).extracting(LinePromise::poNumber)
                .as("a day later the late one comes after the other").containsExactly("PO-2", "PO-1");
    }

    @Test
    void an_order_without_an_expected_date_promises_nothing() {
        assertThat(PromisePlanner.plan(List.of(line("1001", 1, EIGHT)), 0, List.of(supply("PO-1", null, 5)), TODAY))
                .containsExactly(new LinePromise("1001", 1, 1, Status.NOT_ON_ORDER, null, null, false));
    }

    private static WaitingLine line(String orderNumber, int needed, Instant placedAt) {
        return new WaitingLine(orderNumber, 1, needed, placedAt, false);
    }

    private static Supply supply(String poNumber, LocalDate expected, int outstanding) {
        return new Supply(poNumber, expected, outstanding, false);
    }

    private static LinePromise onOrder(String orderNumber, int needed, LocalDate date, String poNumber) {
        return new LinePromise(orderNumber, 1, needed, Status.ON_ORDER, date, poNumber, false);
    }
}
