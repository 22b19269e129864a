package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineChangesTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-03-02T11:00:00Z");

    @Test
    void a_line_that_goes_waiting_is_filled_and_waits_again_records_each_crossing_of_the_backlog_once_at_its_time() {
        LineChanges changes = new LineChanges(Map.of(), Map.of());

        changes.apply(LineEvent.of("SO-1", 1, "WIDGET", LineDelta.needed(2), NINE));
        changes.apply(LineEvent.of("SO-1", 1, "WIDGET", new LineDelta(2, -2, 0, 0, 0), TEN));
        changes.apply(LineEvent.of("SO-1", 1, "WIDGET", LineDelta.needed(1), ELEVEN));

        assertThat(changes.backlog()).containsExactly(new BacklogChange(NINE, 2, 1, 1),
                new BacklogChange(TEN, -2, -1, -1), new BacklogChange(ELEVEN, 1, 1, 1));
        LineChanges.Line line = changes.lines().get(0);
        assertThat(line.needed).isEqualTo(1);
        assertThat(line.neededAdded).isEqualTo(1);
        assertThat(line.allocated).isEqualTo(2);
        assertThat(line.waitingSince).as("it waits since it started waiting again").isEqualTo(ELEVEN);
    }

    @Test
    void an_order_starts_waiting_with_its_first_waiting_line_and_stops_with_its_last() {
        LineChanges changes = new LineChanges(Map.of(new LineKey("SO-2", 1), new LineChanges.Found(3, NINE)), Map.of("SO-2", 3));

        changes.apply(LineEvent.of("SO-2", 2, "GIZMO", LineDelta.needed(1), TEN));
        changes.apply(LineEvent.of("SO-2", 1, "WIDGET", new LineDelta(0, -3, 0, 3, 0), TEN));
        changes.apply(LineEvent.of("SO-2", 2, "GIZMO", new LineDelta(1, -1, 0, 0, 0), ELEVEN));

        assertThat(changes.backlog()).containsExactly(new BacklogChange(TEN, 1, 1, 0),
                new BacklogChange(TEN, -3, -1, 0), new BacklogChange(ELEVEN, -1, -1, -1));
        assertThat(changes.lines()).extracting(line -> line.key)
                .containsExactly(new LineKey("SO-2", 1), new LineKey("SO-2", 2));
        assertThat(changes.lines().get(0).waitingSince).as("kept from the row while it waited").isEqualTo(NINE);
    }

    @Test
    void units_that_change_no_line_s_need_leave_the_backlog_as_it_is() {
        LineChanges changes = new LineChanges(Map.of(new LineKey("SO-3", 1), new LineChanges.Found(2, NINE)), Map.of("SO-3", 2));

        changes.apply(LineEvent.of("SO-3", 1, "WIDGET", LineDelta.allocated(5), TEN));
        changes.apply(LineEvent.of("SO-3", 1, "WIDGET", LineDelta.needed(1), TEN));

        assertThat(changes.backlog()).containsExactly(new BacklogChange(TEN, 1, 0, 0));
        assertThat(changes.lines().get(0).waitingSince).isEqualTo(NINE);
    }

    @Test
    void a_count_going_negative_is_kept_visible_and_waiting_starts_only_once_it_is_above_zero_again() {
        LineChanges changes = new LineChanges(Map.of(), Map.of());

        changes.apply(LineEvent.of("SO-4", 1, "WIDGET", new LineDelta(0, -2, 0, 2, 0), NINE));
        changes.apply(LineEvent.of("SO-4", 1, "WIDGET", LineDelta.needed(2), TEN));
        changes.apply(LineEvent.of("SO-4", 1, "WIDGET", LineDelta.needed(1), ELEVEN));

        assertThat(changes.backlog()).containsExactly(new BacklogChange(NINE, -2, 0, 0),
                new BacklogChange(TEN, 2, 0, 0), new BacklogChange(ELEVEN, 1, 1, 1));
        assertThat(changes.lines().get(0).needed).isEqualTo(1);
        assertThat(changes.lines().get(0).waitingSince).isEqualTo(ELEVEN);
    }

    @Test
    void a_line_keeps_the_reason_it_was_first_backordered_for_and_adds_up_what_the_imports_backordered() {
        LineChanges changes = new LineChanges(Map.of(), Map.of());

        changes.apply(new LineEvent(new LineKey("SO-5", 1), "WIDGET", LineDelta.needed(2), NINE, "OUT_OF_STOCK", 2));
        changes.apply(new LineEvent(new LineKey("SO-5", 1), "WIDGET", LineDelta.needed(1), TEN, "FORCED", 0));
        changes.apply(new LineEvent(new LineKey("SO-5", 1), "WIDGET", LineDelta.needed(3), ELEVEN, "OUT_OF_STOCK", 3));

        LineChanges.Line line = changes.lines().get(0);
        assertThat(line.firstReason).isEqualTo("OUT_OF_STOCK");
        assertThat(line.neededAtImport).isEqualTo(5);
        assertThat(line.waitingSince).isEqualTo(NINE);
    }

    @Test
    void an_order_whose_other_lines_wait_keeps_waiting_when_one_line_is_filled_though_the_batch_read_only_that_line() {
        // SO-6 needs 5 units in all: 2 on line 1, 3 on lines the batch does not touch
        LineChanges changes = new LineChanges(Map.of(new LineKey("SO-6", 1), new LineChanges.Found(2, NINE)),
                Map.of("SO-6", 5));

        changes.apply(LineEvent.of("SO-6", 1, "WIDGET", new LineDelta(2, -2, 0, 0, 0), TEN));

        assertThat(changes.backlog()).containsExactly(new BacklogChange(TEN, -2, -1, 0));
        assertThat(changes.orderNeededAdded()).isEqualTo(Map.of("SO-6", -2));
    }

    @Test
    void what_a_batch_adds_to_an_order_s_need_is_the_net_of_its_lines_and_an_order_left_as_it_was_is_not_written() {
        LineChanges changes = new LineChanges(Map.of(), Map.of());

        changes.apply(LineEvent.of("SO-7", 1, "WIDGET", LineDelta.needed(2), NINE));
        changes.apply(LineEvent.of("SO-7", 2, "GIZMO", LineDelta.needed(1), NINE));
        changes.apply(LineEvent.of("SO-8", 1, "WIDGET", LineDelta.needed(4), NINE));
        changes.apply(LineEvent.of("SO-8", 1, "WIDGET", new LineDelta(0, -4, 0, 4, 0), TEN));
        changes.apply(LineEvent.of("SO-9", 1, "WIDGET", LineDelta.allocated(3), TEN));

        assertThat(changes.orderNeededAdded()).isEqualTo(Map.of("SO-7", 3));
        assertThat(changes.backlog()).extracting(BacklogChange::orders).containsExactly(1, 0, 1, -1);
    }
}
