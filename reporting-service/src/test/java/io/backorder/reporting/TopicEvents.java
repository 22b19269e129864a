package io.backorder.reporting;

import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventData;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.EventTypes;
import io.backorder.testing.TestKafka;
import io.backorder.testing.TopicProbe;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What the other services would publish, sent to the test broker for reporting to project. */
public final class TopicEvents {

    private TopicEvents() {
    }

    /** A name no other test uses: reports are shared by every test of the module. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes the event on its contract topic, keyed as its producer keys it. */
    public static EventEnvelope publish(String key, EventData data) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID().toString(), key, 1, Instant.now(),
                UUID.randomUUID().toString(), null, data);
        send(EventTypes.topicOf(envelope.type()), envelope);
        return envelope;
    }

    /** Publishes an envelope as it is, also one whose type this build does not know. */
    public static void send(String topic, EventEnvelope envelope) {
        TopicProbe.send(TestKafka.get().bootstrapServers(), topic, envelope.aggregateId(),
                ContractJson.writeEnvelope(envelope),
                Map.of(EventHeaders.EVENT_ID, envelope.eventId(), EventHeaders.EVENT_TYPE, envelope.type()));
    }
}
