package io.backorder.eventing.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RelayWakeUpTest {

    private final AtomicInteger wakeUps = new AtomicInteger();
    private final OneTransaction transaction = new OneTransaction();
    private final RelayWakeUp relay = new RelayWakeUp(wakeUps::incrementAndGet, transaction);

    @Test
    void a_transaction_that_queued_records_wakes_the_relay_once_when_it_committed() {
        transaction.begin();
        relay.queued();
        relay.queued();
        assertThat(wakeUps).as("not before the commit: the relay would not see the rows yet").hasValue(0);

        transaction.end(Status.STATUS_COMMITTED);

        assertThat(wakeUps).hasValue(1);
    }

    @Test
    void a_transaction_that_rolled_back_leaves_the_relay_asleep() {
        transaction.begin();
        relay.queued();

        transaction.end(Status.STATUS_ROLLEDBACK);

        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void a_transaction_that_queued_nothing_leaves_the_relay_asleep() {
        transaction.begin();

        transaction.end(Status.STATUS_COMMITTED);

        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void each_transaction_wakes_it_for_itself() {
        transaction.begin();
        relay.queued();
        transaction.end(Status.STATUS_COMMITTED);
        transaction.begin();
        relay.queued();
        transaction.end(Status.STATUS_COMMITTED);

        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void records_queued_outside_a_transaction_wake_it_at_once() {
        relay.queued();

        assertThat(wakeUps).hasValue(1);
    }

    /** The registry of one transaction at a time, as Narayana keeps it per transaction. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private Object key;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();
        private int transactions;
        private boolean rollbackOnly;

        void begin() {
            key = "tx-" + ++transactions;
        }

        void end(int status) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            synchronizations.forEach(s -> s.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
            rollbackOnly = false;
            key = null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object resourceKey, Object value) {
            resources.put(resourceKey, value);
        }

        @Override
        public Object getResource(Object resourceKey) {
            return resources.get(resourceKey);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly = true;
        }

        @Override
        public boolean getRollbackOnly() {
            return rollbackOnly;
        }
    }
}
