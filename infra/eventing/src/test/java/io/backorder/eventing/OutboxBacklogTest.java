package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private final DataSource dataSource = EventingDatabase.create("backlog").dataSource();
    private final OutboxBacklog backlog = new OutboxBacklog();

    @Test
    void the_backlog_counts_rows_waiting_to_be_published_and_how_long_the_oldest_has_waited() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(backlog.measure(connection)).isEqualTo(new OutboxBacklog.Backlog(0, Optional.empty()));
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        insert into outbox (event_id, topic, payload, created_at)
                        values ('waiting-long', 't', '{}', now() - interval '5 minutes'),
                               ('waiting', 't', '{}', now());
                        insert into outbox (event_id, topic, payload, created_at, published_at)
                        values ('published', 't', '{}', now() - interval '1 hour', now());
                        insert into outbox (event_id, topic, payload, created_at, attempts, failure, failed_at)
                        values ('set-aside', 't', '{}', now() - interval '1 hour', 3, 'too large', now());
                        """);
            }

            OutboxBacklog.Backlog measured = backlog.measure(connection);

            assertThat(measured.rows()).as("set-aside and published rows are not waiting").isEqualTo(2);
            assertThat(measured.oldestAge(Instant.now())).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(6));
        }
    }
}
