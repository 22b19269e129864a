package io.backorder.eventing.quarkus;

import io.backorder.eventing.Backoff;
import io.backorder.eventing.ConsumerHealth;
import io.backorder.eventing.DeadLetterStore;
import io.backorder.eventing.Inbox;
import io.backorder.eventing.InboxConsumer;
import io.backorder.eventing.RecordHandler;
import io.backorder.eventing.RecordTracing;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the inbox consumer of a named Kafka consumer, on the service's transactions, and keeps it
 * by name: a dead letter names its consumer, and its retry runs through that consumer's handler.
 * A Kafka consumer bean is made on its first record unless it says otherwise, so mark it
 * {@code @Startup}: then its dead letters can be retried, and its readiness shown, from the start.
 */
@ApplicationScoped
public class InboxConsumers {

    private final Inbox inbox;
    private final DeadLetterStore deadLetters;
    private final Transactions transactions;
    private final Backoff backoff;
    private final ConsumerHealth health;
    private final EventingMetrics metrics;
    private final RecordTracing tracing;
    private final Map<String, InboxConsumer> byName = new ConcurrentHashMap<>();

    InboxConsumers(Inbox inbox, DeadLetterStore deadLetters, Transactions transactions, Backoff backoff,
                   ConsumerHealth health, EventingMetrics metrics, RecordTracing tracing) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
        this.backoff = backoff;
        this.health = health;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    /**
     * The consumer of that name, handling each record with {@code handler}, also when an operator
     * retries one of its dead letters.
     *
     * @throws IllegalStateException when the name is taken: two consumers sharing one would share
     *                               their inbox rows and skip each other's events
     */
    public InboxConsumer named(String consumer, RecordHandler handler) {
        InboxConsumer made = new InboxConsumer(consumer, handler, inbox, deadLetters, transactions, backoff, health)
                .tracedBy(tracing).measuredBy(metrics);
        if (byName.putIfAbsent(consumer, made) != null) {
            throw new IllegalStateException("two inbox consumers are named " + consumer);
        }
        metrics.watch(consumer);
        return made;
    }

    /**
     * The service is stopping: every consumer leaves a batch that fails from now on for the next owner of its
     * partition instead of waiting it out. ShutdownEvent comes before the datasource and Hibernate close.
     */
    void stopping(@Observes ShutdownEvent event) {
        byName.values().forEach(InboxConsumer::stop);
    }

    public Optional<InboxConsumer> find(String consumer) {
        return Optional.ofNullable(byName.get(consumer));
    }
}
