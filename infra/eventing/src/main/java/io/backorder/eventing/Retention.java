package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes what the write path no longer needs: inbox rows ({@code processed_event}) older than the
 * inbox retention and outbox rows published longer ago than the relay retention (only an older version's: the relay
 * now deletes a row once it is published). Rows set aside by the relay and dead letters are never purged: they wait
 * for an operator.
 *
 * <p>Deletes in batches, each its own short transaction, found through the {@code processed_at}
 * and {@code published_at} indexes: the tables are never scanned and never locked for long, and
 * several instances purging at once only wait for each other's rows.
 *
 * <p>The inbox is what makes a redelivered event change nothing. An event delivered again after
 * its inbox row was purged (a consumer group reset to an offset older than the inbox retention, a
 * replay of the topics) is handled again: it then relies on the aggregates' own idempotence
 * (receipt ids claimed once, an order line allocated once, versions that refuse a stale append),
 * so keep the inbox retention longer than any reset an operator may make.
 */
public final class Retention {

    /** How many rows each purge deleted. */
    public record Purged(long processedEvents, long outboxRows) {
    }

    private static final String PURGE_INBOX = """
            delete from processed_event
             where ctid = any(array(select ctid from processed_event where processed_at < ? limit ?))""";
    private static final String PURGE_OUTBOX = """
            delete from outbox
             where position = any(array(select position from outbox
                                         where published_at < ? order by published_at limit ?))""";

    private final DataSource dataSource;
    private final Duration inboxRetention;
    private final Duration outboxRetention;
    private final int batchSize;
    private final Clock clock;

    public Retention(DataSource dataSource, Duration inboxRetention, Duration outboxRetention, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.dataSource = dataSource;
        this.inboxRetention = inboxRetention;
        this.outboxRetention = outboxRetention;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public Purged purge() {
        Instant now = clock.instant();
        return new Purged(purge(PURGE_INBOX, now.minus(inboxRetention)), purge(PURGE_OUTBOX, now.minus(outboxRetention)));
    }

    private long purge(String sql, Instant olderThan) {
        long total = 0;
        while (true) {
            int deleted = deleteBatch(sql, olderThan);
            total += deleted;
            if (deleted < batchSize || Thread.currentThread().isInterrupted()) {
                return total;
            }
        }
    }

    private int deleteBatch(String sql, Instant olderThan) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
            delete.setObject(1, Timestamps.toJdbc(olderThan));
            delete.setInt(2, batchSize);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new EventingException("could not purge rows older than " + olderThan, e);
        }
    }
}
