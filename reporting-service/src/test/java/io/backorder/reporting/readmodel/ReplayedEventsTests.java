package io.backorder.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.eventing.Sql;
import io.backorder.reporting.ReportingDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How a rebuild tells a replayed record from a copy of it published again, and what the inbox learns from it.
 * Each test rolls its transaction back.
 */
@QuarkusTest
class ReplayedEventsTests {

    private static final String ORDERS = ProjectedTopic.ORDERS.consumer();
    private static final String INVENTORY = ProjectedTopic.INVENTORY.consumer();

    @Test
    void a_copy_published_again_is_replayed_once_however_many_records_lie_between() throws Exception {
        String a = id();
        String b = id();
        String c = id();
        String d = id();
        String e = id();
        try (Connection connection = transaction()) {
            // a filter of two ids: the later batches ask filters that are full as well as the newest
            ReplayedEvents replayed = ReplayedEvents.create(connection, 2);

            assertThat(replayed.firstDeliveries(connection, ORDERS, List.of(a, b))).containsExactly(a, b);
            assertThat(replayed.firstDeliveries(connection, ORDERS, List.of(c, d, c))).containsExactly(c, d);
            assertThat(replayed.firstDeliveries(connection, ORDERS, List.of(a, e))).containsExactly(e);
            assertThat(replayed.firstDeliveries(connection, ORDERS, List.of(d, b, c))).isEmpty();
            connection.rollback();
        }
    }

    @Test
    void each_consumer_replays_an_id_once_of_its_own() throws Exception {
        String same = id();
        try (Connection connection = transaction()) {
            ReplayedEvents replayed = ReplayedEvents.create(connection);

            assertThat(replayed.firstDeliveries(connection, ORDERS, List.of(same))).containsExactly(same);
            assertThat(replayed.firstDeliveries(connection, INVENTORY, List.of(same))).containsExactly(same);
            assertThat(replayed.firstDeliveries(connection, INVENTORY, List.of(same))).isEmpty();
            connection.rollback();
        }
    }

    @Test
    void the_inbox_keeps_what_the_live_consumers_recorded_and_learns_what_only_the_replay_saw() throws Exception {
        String consumedLive = id();
        String publishedSince = id();
        try (Connection connection = transaction()) {
            Sql.update(connection, "insert into processed_event (consumer, event_id, processed_at)"
                    + " values (?, ?, timestamptz '2001-02-03 10:00Z')", ORDERS, consumedLive);
            ReplayedEvents replayed = ReplayedEvents.create(connection);
            replayed.firstDeliveries(connection, ORDERS, List.of(consumedLive, publishedSince));

            replayed.recordInInbox(connection);

            assertThat(Sql.query(connection, "select event_id from processed_event where consumer = ?"
                            + " and event_id in (?, ?) order by processed_at", rs -> rs.getString(1),
                    ORDERS, consumedLive, publishedSince)).containsExactly(consumedLive, publishedSince);
            assertThat(Sql.<Boolean>one(connection, "select processed_at = timestamptz '2001-02-03 10:00Z' from processed_event"
                    + " where consumer = ? and event_id = ?", rs -> rs.getBoolean(1), ORDERS, consumedLive))
                    .as("the live consumer's row, as it was").isTrue();
            connection.rollback();
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Connection transaction() throws Exception {
        Connection connection = ReportingDatabase.connect();
        connection.setAutoCommit(false);
        return connection;
    }
}
