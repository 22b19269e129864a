package io.backorder.devstack;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PostgreSQL server that runs already, given by {@code BACKORDER_PG_URL}, {@code BACKORDER_PG_USER} and
 * {@code BACKORDER_PG_PASSWORD}. The URL names a database to connect to for administration (usually
 * {@code postgres}); the services' databases are made on the same server.
 */
public record ExternalPostgres(String url, String user, String password) {

    public static final String URL_VARIABLE = "BACKORDER_PG_URL";
    public static final String USER_VARIABLE = "BACKORDER_PG_USER";
    public static final String PASSWORD_VARIABLE = "BACKORDER_PG_PASSWORD";
    public static final String DEFAULT_USER = "postgres";
    static final String URL_PREFIX = "jdbc:postgresql://";

    public ExternalPostgres {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
            throw new UsageException(URL_VARIABLE + " must look like " + URL_PREFIX + "127.0.0.1:5432/postgres, not '"
                    + url + "'");
        }
    }

    /** The server given by the environment, if {@code BACKORDER_PG_URL} is set. */
    public static Optional<ExternalPostgres> fromEnvironment(Map<String, String> env) {
        String url = env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalPostgres(url.trim(),
                env.getOrDefault(USER_VARIABLE, DEFAULT_USER), env.getOrDefault(PASSWORD_VARIABLE, "")));
    }

    /** The same server and parameters, database {@code database}. */
    public String jdbcUrl(String database) {
        String rest = url.substring(URL_PREFIX.length());
        int query = rest.indexOf('?');
        String suffix = query < 0 ? "" : rest.substring(query);
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int slash = beforeQuery.indexOf('/');
        String hostAndPort = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        return URL_PREFIX + hostAndPort + "/" + database + suffix;
    }

    /** The URL without credentials, for printing. */
    @Override
    public String toString() {
        return url + " (user " + user + ")";
    }
}
