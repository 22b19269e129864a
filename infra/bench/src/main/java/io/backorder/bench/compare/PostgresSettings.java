package io.backorder.bench.compare;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server settings a throughput figure depends on: with {@code fsync} or {@code synchronous_commit} off a commit
 * does not wait for the disk, which is fast and not crash-safe (the embedded server runs so). Both the system and
 * the comparator run against the same server, so the ratio compares like with like; the absolute figures do not
 * carry over to a durable setup.
 */
public record PostgresSettings(String serverVersion, String fsync, String synchronousCommit, String sharedBuffers,
                               String maxConnections) {

    public static PostgresSettings read(Connection connection) throws SQLException {
        return new PostgresSettings(show(connection, "server_version"), show(connection, "fsync"),
                show(connection, "synchronous_commit"), show(connection, "shared_buffers"),
                show(connection, "max_connections"));
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show " + setting)) {
            return row.next() ? row.getString(1) : "?";
        }
    }
}
