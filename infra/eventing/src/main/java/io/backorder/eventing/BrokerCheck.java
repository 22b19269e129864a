package io.backorder.eventing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the outbox relay asks the cluster when sends to a topic timed out: is the broker there at
 * all, and does it know the topic? A broker that does not answer is an outage, which the relay
 * waits out; a topic it does not know is a fault of the rows that name it.
 */
@FunctionalInterface
public interface BrokerCheck {

    enum Answer { TOPIC_EXISTS, NO_SUCH_TOPIC, NO_ANSWER }

    Answer topic(String topic);

    /** For a relay with no way to ask: every timeout is taken for an outage, nothing is set aside for one. */
    BrokerCheck NEVER_ANSWERS = topic -> Answer.NO_ANSWER;

    /** Asks through an admin client, waiting at most {@code timeout} for the answer. */
    static BrokerCheck using(Admin admin, Duration timeout) {
        return topic -> {
            try {
                admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return Answer.TOPIC_EXISTS;
            } catch (ExecutionException e) {
                return e.getCause() instanceof UnknownTopicOrPartitionException ? Answer.NO_SUCH_TOPIC : Answer.NO_ANSWER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Answer.NO_ANSWER;
            } catch (Exception e) {
                return Answer.NO_ANSWER;
            }
        };
    }
}
