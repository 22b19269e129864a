package io.backorder.eventing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The processed-event inbox. The id of every consumed event is inserted first, in the same
 * transaction as the handler's writes; an id already there means a redelivery, which must change
 * nothing. A second consumer racing on the same id waits for the first one's commit and then
 * finds the row.
 */
public final class Inbox {

    private static final String INSERT_ONE = """
            insert into processed_event (consumer, event_id) values (?, ?)
            on conflict do nothing""";

    private static final String INSERT_MANY = """
            insert into processed_event (consumer, event_id)
            select ?, id from unnest(?::varchar[]) as id
            on conflict do nothing
            returning event_id""";

    /** Records the event as processed by this consumer; false when it already was. */
    public boolean firstDelivery(Connection connection, String consumer, String eventId) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ONE)) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new EventingException("could not record event " + eventId + " for " + consumer, e);
        }
    }

    /**
     * Records a batch of event ids in one round trip and answers those seen for the first time. An
     * id repeated within the batch is answered once.
     */
    public Set<String> firstDeliveries(Connection connection, String consumer, Collection<String> eventIds) {
        Set<String> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MANY)) {
            Array ids = connection.createArrayOf("varchar", eventIds.toArray(String[]::new));
            insert.setString(1, consumer);
            insert.setArray(2, ids);
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new EventingException("could not record " + eventIds.size() + " events for " + consumer, e);
        }
    }
}
