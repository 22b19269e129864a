package io.backorder.eventing;

import java.util.HashMap;
import java.util.Map;

/**
 * PostgreSQL text and jsonb cannot hold the NUL character, which a broken producer may well send.
 * A dead letter that could not be stored would stall its consumer for ever, so NUL is kept as
 * U+FFFD instead: the record stays readable and its place in the log says where the original is.
 */
final class Storable {

    private Storable() {
    }

    static String text(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    static IncomingRecord record(IncomingRecord record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach((name, value) -> headers.put(text(name), text(value)));
        return new IncomingRecord(record.topic(), record.partition(), record.offset(), text(record.key()),
                text(record.value()), headers, text(record.eventId()));
    }
}
