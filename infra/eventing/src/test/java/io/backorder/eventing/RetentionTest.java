package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private DataSource dataSource;

    @BeforeEach
    void database() {
        dataSource = EventingDatabase.create("retention").dataSource();
    }

    @Test
    void the_purge_deletes_only_inbox_rows_and_published_outbox_rows_older_than_their_retention() throws Exception {
        sql("""
                insert into processed_event (consumer, event_id, processed_at)
                select 'orders', 'old-' || n, now() - interval '31 days' from generate_series(1, 7) n;
                insert into processed_event (consumer, event_id, processed_at)
                select 'orders', 'recent-' || n, now() - interval '29 days' from generate_series(1, 3) n;
                insert into outbox (event_id, topic, payload, created_at, published_at)
                select 'published-long-ago-' || n, 't', '{}', now() - interval '9 days', now() - interval '8 days'
                  from generate_series(1, 5) n;
                insert into outbox (event_id, topic, payload, created_at, published_at)
                values ('published-yesterday', 't', '{}', now() - interval '1 day', now() - interval '1 day');
                insert into outbox (event_id, topic, payload, created_at)
                values ('never-published', 't', '{}', now() - interval '30 days');
                insert into outbox (event_id, topic, payload, created_at, attempts, failure, failed_at)
                values ('set-aside', 't', '{}', now() - interval '30 days', 3, 'RecordTooLargeException',
                        now() - interval '29 days');
                """);

        Retention.Purged purged = new Retention(dataSource, Duration.ofDays(30), Duration.ofDays(7), 2,
                Clock.systemUTC()).purge();

        assertThat(purged).isEqualTo(new Retention.Purged(7, 5));
        assertThat(column("select event_id from processed_event order by event_id"))
                .containsExactly("recent-1", "recent-2", "recent-3");
        assertThat(column("select event_id from outbox order by event_id"))
                .containsExactly("never-published", "published-yesterday", "set-aside");
    }

    @Test
    void the_purge_finds_old_rows_through_an_index_not_by_scanning_the_tables() throws Exception {
        assertThat(planOf("select ctid from processed_event where processed_at < now() limit 100"))
                .contains("processed_event_processed_at");
        assertThat(planOf("select position from outbox where published_at < now() order by published_at limit 100"))
                .contains("outbox_published_at");
    }

    /** The plan with sequential scans priced out: only an index that fits the query can serve it. */
    private String planOf(String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain " + query)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).doesNotContain("Seq Scan");
            return plan.toString();
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statements);
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
