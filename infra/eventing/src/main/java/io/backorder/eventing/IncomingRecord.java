package io.backorder.eventing;

import io.backorder.contracts.ContractException;
import io.backorder.contracts.ContractJson;
import io.backorder.contracts.EventEnvelope;
import io.backorder.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A consumed Kafka record, with the id the inbox knows it by. */
public record IncomingRecord(String topic, int partition, long offset, String key, String value,
                             Map<String, String> headers, String eventId) {

    /**
     * The longest {@code eventId} header taken as the record's id: it becomes the causation id of the events the
     * record causes ({@code event_store.causation_id}, 128 characters), so a longer one would fail its consumer's
     * transaction on every try.
     */
    static final int MAX_EVENT_ID_LENGTH = 128;

    /**
     * The id is the producer's {@code eventId} header where there is one that can be stored; otherwise (a storefront
     * or scanner that sends no envelope, or an id too long or holding NUL) the record's place in the log, which a
     * redelivery repeats.
     */
    public static IncomingRecord of(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String eventId = headers.get(EventHeaders.EVENT_ID);
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID_LENGTH
                || eventId.indexOf('\0') >= 0) {
            eventId = DeadLetters.recordId(record.topic(), record.partition(), record.offset());
        }
        return new IncomingRecord(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                Map.copyOf(headers), eventId);
    }

    /**
     * The record's value as an event envelope.
     *
     * @throws PoisonMessageException when it is not one
     */
    public EventEnvelope envelope() {
        try {
            return ContractJson.readEnvelope(value == null ? "" : value);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable event: " + e.getMessage(), e);
        }
    }

    /**
     * The envelope's data as its contract record.
     *
     * @throws PoisonMessageException when it does not fit
     */
    public static <T> T data(EventEnvelope envelope, Class<T> type) {
        try {
            return ContractJson.fromData(envelope.data(), type);
        } catch (ContractException e) {
            throw new PoisonMessageException("unreadable " + envelope.type() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "@" + offset + " (" + eventId + ")";
    }
}
