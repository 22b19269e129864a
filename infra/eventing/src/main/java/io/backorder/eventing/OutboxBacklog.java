package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What the relay has still to publish: how many rows, and since when the oldest waits. Set-aside rows are not counted. */
public final class OutboxBacklog {

    /** Rows waiting, and the time the oldest was written (empty when none waits). */
    public record Backlog(long rows, Optional<Instant> oldestSince) {

        public Duration oldestAge(Instant now) {
            return oldestSince.map(since -> Duration.between(since, now)).orElse(Duration.ZERO);
        }
    }

    // Through the relay's own partial index: cheap while the backlog is small, which is when it is asked most.
    private static final String QUERY = """
            select count(*), min(created_at) from outbox where published_at is null and failed_at is null""";

    public Backlog measure(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement(QUERY); ResultSet rs = select.executeQuery()) {
            rs.next();
            Timestamp oldest = rs.getTimestamp(2);
            return new Backlog(rs.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
        } catch (SQLException e) {
            throw new EventingException("could not measure the outbox backlog", e);
        }
    }
}
