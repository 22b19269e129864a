package io.backorder.eventing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox rows the relay set aside, for operators: listed oldest first, counted, and put back
 * in line one by one once the cause is fixed (the topic created, the broker's size limit raised).
 * Works on the caller's connection and transaction.
 */
public final class SetAsideRows {

    /** A set-aside row without its payload, which may be the very thing too large to handle. */
    public record Row(long position, String eventId, String topic, String key, int payloadBytes, Instant createdAt,
                      int attempts, String failure, Instant failedAt) {
    }

    public record Page(List<Row> rows, int page, int size, long total) {
    }

    /** What became of an operator's retry. */
    public enum Retry { QUEUED, NOT_SET_ASIDE, NO_SUCH_ROW }

    private static final String COLUMNS = """
            position, event_id, topic, message_key, octet_length(payload) as payload_bytes, created_at, attempts,
            failure, failed_at""";

    public Page page(Connection connection, int page, int size) {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from outbox where failed_at is not null order by position limit ? offset ?");
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from outbox where failed_at is not null")) {
            select.setInt(1, size);
            select.setLong(2, (long) page * size);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Page(rows, page, size, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new EventingException("could not list the set-aside outbox rows", e);
        }
    }

    /**
     * Puts a set-aside row back in line: the relay sends it in its next round, before anything
     * newer, with its attempts counted from zero again.
     */
    public Retry retry(Connection connection, long position) {
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox set failed_at = null, failure = null, attempts = 0
                 where position = ? and failed_at is not null and published_at is null""")) {
            update.setLong(1, position);
            if (update.executeUpdate() == 1) {
                return Retry.QUEUED;
            }
            return find(connection, position).isPresent() ? Retry.NOT_SET_ASIDE : Retry.NO_SUCH_ROW;
        } catch (SQLException e) {
            throw new EventingException("could not put outbox row " + position + " back in line", e);
        }
    }

    public Optional<Row> find(Connection connection, long position) {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from outbox where position = ?")) {
            select.setLong(1, position);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventingException("could not read outbox row " + position, e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("position"), rs.getString("event_id"), rs.getString("topic"),
                rs.getString("message_key"), rs.getInt("payload_bytes"), Timestamps.fromJdbc(rs, "created_at"),
                rs.getInt("attempts"), rs.getString("failure"), Timestamps.fromJdbc(rs, "failed_at"));
    }
}
