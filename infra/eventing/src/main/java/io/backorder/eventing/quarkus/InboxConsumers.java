package io.backorder.eventing.quarkus;

import io.backorder.eventing.Inbox;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/** Makes the inbox consumer of a named Kafka consumer, on the service's transactions. */
@ApplicationScoped
public class InboxConsumers {

    private final Inbox inbox;
    private final Outbox outbox;
    private final Transactions transactions;

    InboxConsumers(Inbox inbox, Outbox outbox, Transactions transactions) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    public InboxConsumer named(String consumer) {
        return new InboxConsumer(consumer, inbox, outbox, transactions);
    }
}
