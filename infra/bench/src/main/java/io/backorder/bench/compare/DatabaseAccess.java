package io.backorder.bench.compare;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * How the bench reaches the stack's PostgreSQL server: a JDBC URL per database, with the stack's user.
 *
 * @param urlPrefix {@code jdbc:postgresql://host:port/} (a database name is appended)
 * @param urlSuffix what followed the database name in the given URL ({@code ?sslmode=…}), or empty
 */
public record DatabaseAccess(String urlPrefix, String urlSuffix, String user, String password) {

    /** The access of a JDBC URL naming some database, with its query string kept for every other database. */
    public static DatabaseAccess of(String jdbcUrl, String user, String password) {
        int query = jdbcUrl.indexOf('?');
        String beforeQuery = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = beforeQuery.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("not a JDBC URL with a database: " + jdbcUrl);
        }
        return new DatabaseAccess(beforeQuery.substring(0, slash + 1), suffix, user, password);
    }

    public String url(String database) {
        return urlPrefix + database + urlSuffix;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    /** Host and port, for the report (no credentials). */
    public String server() {
        return urlPrefix.substring("jdbc:postgresql://".length(), urlPrefix.length() - 1);
    }
}
