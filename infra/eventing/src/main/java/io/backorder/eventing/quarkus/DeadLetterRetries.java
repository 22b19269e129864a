package io.backorder.eventing.quarkus;

import io.backorder.eventing.DeadLetter;
import io.backorder.eventing.DeadLetterStore;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.PoisonMessageException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends a dead letter again, once the cause is fixed: its record runs through the handler of the
 * consumer that refused it, in one transaction that also marks the dead letter retried. The row
 * is locked first, so two retries at once run one after the other and the second finds it done:
 * a record is never handled twice. A record refused again leaves nothing behind and stays
 * retryable; only why it was refused is noted.
 */
@ApplicationScoped
public class DeadLetterRetries {

    private static final Logger LOG = Logger.getLogger(DeadLetterRetries.class);

    /** What a retry came to, with the dead letter as it is afterwards. */
    public record Result(Outcome outcome, Optional<DeadLetter> deadLetter, String detail) {
    }

    public enum Outcome { HANDLED, ALREADY_RETRIED, REFUSED_AGAIN, NO_SUCH_DEAD_LETTER, NO_SUCH_CONSUMER }

    private final Transactions transactions;
    private final DeadLetterStore store;
    private final InboxConsumers consumers;

    DeadLetterRetries(Transactions transactions, DeadLetterStore store, InboxConsumers consumers) {
        this.transactions = transactions;
        this.store = store;
        this.consumers = consumers;
    }

    public Result retry(long id) {
        try {
            return transactions.inTransaction(connection -> {
                Optional<DeadLetter> locked = store.lock(connection, id);
                if (locked.isEmpty()) {
                    return new Result(Outcome.NO_SUCH_DEAD_LETTER, locked, "there is no dead letter " + id);
                }
                DeadLetter letter = locked.get();
                if (!letter.retryable()) {
                    return new Result(Outcome.ALREADY_RETRIED, locked, "dead letter " + id + " was retried and handled at "
                            + letter.retriedAt() + "; it is not handled twice");
                }
                Optional<InboxConsumer> consumer = consumers.find(letter.consumer());
                if (consumer.isEmpty()) {
                    return new Result(Outcome.NO_SUCH_CONSUMER, locked, "dead letter " + id + " belongs to consumer "
                            + letter.consumer() + ", which this service does not run");
                }
                consumer.get().handleAgain(connection, letter.record());
                LOG.infof("dead letter %d (%s/%d@%d, %s) retried and handled by %s", id, letter.topic(),
                        letter.partition(), letter.offset(), letter.eventId(), letter.consumer());
                return new Result(Outcome.HANDLED, Optional.of(store.retried(connection, id)), "handled");
            });
        } catch (PoisonMessageException refused) {
            String reason = refused.getMessage() == null ? refused.toString() : refused.getMessage();
            LOG.infof("dead letter %d refused again, left retryable: %s", id, reason);
            Optional<DeadLetter> letter = transactions.inTransaction(connection -> {
                store.refusedAgain(connection, id, reason);
                return store.find(connection, id);
            });
            return new Result(Outcome.REFUSED_AGAIN, letter, reason);
        }
    }
}
