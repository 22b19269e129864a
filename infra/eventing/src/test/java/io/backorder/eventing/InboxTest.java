package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InboxTest {

    private static DataSource dataSource;
    private final Inbox inbox = new Inbox();
    private final JdbcTransactions transactions = new JdbcTransactions(dataSource,
            new ConflictRetry(3, Duration.ofMillis(1), Duration.ofMillis(5)));

    @BeforeAll
    static void database() {
        dataSource = EventingDatabase.create("inbox").dataSource();
    }

    @Test
    void a_redelivered_event_is_recognised() {
        assertThat(first("allocation", "e-1")).isTrue();
        assertThat(first("allocation", "e-1")).isFalse();
    }

    @Test
    void each_consumer_keeps_its_own_record_of_what_it_processed() {
        first("allocation", "e-2");
        assertThat(first("order-view", "e-2")).isTrue();
    }

    @Test
    void a_batch_answers_only_first_deliveries_and_a_repeat_inside_the_batch_once() {
        first("batch", "old");

        java.util.Set<String> fresh = transactions.inTransaction(
                c -> inbox.firstDeliveries(c, "batch", List.of("old", "new", "new", "other")));

        assertThat(fresh).containsExactlyInAnyOrder("new", "other");
    }

    @Test
    void a_rolled_back_transaction_forgets_the_event_so_it_is_handled_again() {
        try {
            transactions.inTransaction(c -> {
                inbox.firstDelivery(c, "rollback", "e-3");
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the handler's failure undoes the inbox row with everything else
        }
        assertThat(first("rollback", "e-3")).isTrue();
    }

    private boolean first(String consumer, String eventId) {
        Boolean first = transactions.inTransaction(c -> inbox.firstDelivery(c, consumer, eventId));
        return first;
    }
}
