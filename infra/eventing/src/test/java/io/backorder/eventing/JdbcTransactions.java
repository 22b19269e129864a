package io.backorder.eventing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/** Plain JDBC transactions for tests that run the write path without Quarkus. */
final class JdbcTransactions implements InboxConsumer.TransactionRunner {

    private final DataSource dataSource;
    private final ConflictRetry retry;

    JdbcTransactions(DataSource dataSource, ConflictRetry retry) {
        this.dataSource = dataSource;
        this.retry = retry;
    }

    @Override
    public <T> T inTransaction(Function<Connection, T> work) {
        return retry.call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.apply(connection);
                    connection.commit();
                    return result;
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new EventingException("transaction failed", e);
            }
        });
    }
}
