package io.backorder.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import io.backorder.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingRecordTest {

    @Test
    void a_record_is_known_by_its_producer_s_event_id() {
        assertThat(IncomingRecord.of(record("e-7")).eventId()).isEqualTo("e-7");
        assertThat(IncomingRecord.of(record("e".repeat(IncomingRecord.MAX_EVENT_ID_LENGTH))).eventId())
                .hasSize(IncomingRecord.MAX_EVENT_ID_LENGTH);
    }

    @Test
    void an_event_id_the_store_cannot_hold_gives_way_to_the_record_s_place_in_the_log() {
        String place = DeadLetters.recordId("storefront.orders", 2, 41);

        assertThat(IncomingRecord.of(record(null)).eventId()).isEqualTo(place);
        assertThat(IncomingRecord.of(record(" ")).eventId()).isEqualTo(place);
        assertThat(IncomingRecord.of(record("e".repeat(IncomingRecord.MAX_EVENT_ID_LENGTH + 1))).eventId())
                .as("longer than event_store.causation_id").isEqualTo(place);
        assertThat(IncomingRecord.of(record("e-\u00007")).eventId()).as("NUL, which PostgreSQL cannot store")
                .isEqualTo(place);
    }

    private static ConsumerRecord<String, String> record(String eventId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("storefront.orders", 2, 41, "WEB-1", "{}");
        if (eventId != null) {
            record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
