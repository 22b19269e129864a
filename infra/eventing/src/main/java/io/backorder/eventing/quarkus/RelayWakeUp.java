package io.backorder.eventing.quarkus;

import io.backorder.eventing.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Wakes the outbox relay once a transaction that queued records committed, once per transaction, and never for one
 * that queued none. Waking it after every commit cost a relay round (its lock, its scan, a commit) for each batch
 * that only projected or recorded its inbox rows, such as every batch of order-service's consumer of inventory.events.
 */
@ApplicationScoped
public class RelayWakeUp implements Outbox.QueuedListener {

    /** Marks a transaction whose commit already wakes the relay. */
    private static final Object REGISTERED = RelayWakeUp.class;

    private final Runnable wakeUp;
    private final TransactionSynchronizationRegistry synchronizations;

    @Inject
    RelayWakeUp(RelayLifecycle relay, TransactionSynchronizationRegistry synchronizations) {
        this(relay::wakeUp, synchronizations);
    }

    RelayWakeUp(Runnable wakeUp, TransactionSynchronizationRegistry synchronizations) {
        this.wakeUp = wakeUp;
        this.synchronizations = synchronizations;
    }

    @Override
    public void queued() {
        if (synchronizations.getTransactionKey() == null) {
            // Not in a JTA transaction: the rows are committed by their writer, at the latest by the next poll.
            wakeUp.run();
            return;
        }
        if (synchronizations.getResource(REGISTERED) == null) {
            synchronizations.putResource(REGISTERED, Boolean.TRUE);
            synchronizations.registerInterposedSynchronization(new Transactions.OnCommit(wakeUp));
        }
    }
}
