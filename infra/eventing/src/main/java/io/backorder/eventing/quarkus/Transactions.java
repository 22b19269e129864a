package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.ConflictRetry;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.InboxConsumer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Runs a command as one JTA transaction of its own, on the connection that Hibernate uses too, so
 * that events, outbox records, inbox rows and read-model rows commit together; writes the
 * {@link UnitOfWork}'s appends before it commits; and runs it again on a lost race. The outbox relay is woken by
 * {@link RelayWakeUp}, for the transactions that queued records.
 */
@ApplicationScoped
public class Transactions implements InboxConsumer.TransactionRunner {

    private final AgroalDataSource dataSource;
    private final ConflictRetry retry;
    private final TransactionSynchronizationRegistry synchronizations;
    private final UnitOfWork unitOfWork;

    Transactions(AgroalDataSource dataSource, ConflictRetry retry, TransactionSynchronizationRegistry synchronizations,
                 UnitOfWork unitOfWork) {
        this.dataSource = dataSource;
        this.retry = retry;
        this.synchronizations = synchronizations;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public <T> T inTransaction(Function<Connection, T> work) {
        return retry.call(() -> QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                T result = work.apply(connection);
                unitOfWork.flush(connection);
                return result;
            } catch (SQLException e) {
                throw new EventingException("no database connection", e);
            }
        }));
    }

    /**
     * Runs {@code work} once the current transaction committed, and never if it rolls back: for what must not
     * happen for a command that lost a race and ran again, or failed (a meter, a call to the outside).
     */
    public void afterCommit(Runnable work) {
        synchronizations.registerInterposedSynchronization(new OnCommit(work));
    }

    record OnCommit(Runnable work) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                work.run();
            }
        }
    }
}
