package io.backorder.purchasing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventData;
import io.backorder.contracts.purchasing.PromisedDateChanged;
import io.backorder.contracts.purchasing.PromisedDateChanged.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemPromisesTest {

    private static final LocalDate DEC_4 = LocalDate.parse("2026-12-04");

    @Test
    void only_the_lines_whose_promise_changed_are_published() {
        ItemPromises promises = ItemPromises.replay("SKU123", List.of());
        LinePromise a = new LinePromise("1001", 1, 2, Status.NOT_ON_ORDER, null, null, false);
        LinePromise b = new LinePromise("1002", 1, 1, Status.NOT_ON_ORDER, null, null, false);
        revise(promises, List.of(a, b));

        LinePromise bOnOrder = new LinePromise("1002", 1, 1, Status.ON_ORDER, DEC_4, "PO-1", false);
        assertThat(revise(promises, List.of(a, bOnOrder))).containsExactly(
                new PromisedDateChanged("SKU123", "1002", 1, 1, Status.ON_ORDER, DEC_4, "PO-1", false));
        assertThat(revise(promises, List.of(a, bOnOrder))).isEmpty();
    }

    @Test
    void a_line_that_waits_no_more_is_published_once_as_no_longer_waiting() {
        ItemPromises promises = ItemPromises.replay("SKU123", List.of());
        revise(promises, List.of(new LinePromise("1001", 1, 2, Status.IN_STOCK, null, null, false)));

        assertThat(revise(promises, List.of())).containsExactly(
                new PromisedDateChanged("SKU123", "1001", 1, 0, Status.NO_LONGER_WAITING, null, null, false));
        assertThat(revise(promises, List.of())).isEmpty();
        assertThat(promises.published()).isEmpty();
    }

    private static List<EventData> revise(ItemPromises promises, List<LinePromise> plan) {
        List<EventData> events = promises.revise(plan);
        events.forEach(promises::apply);
        return events;
    }
}
