package io.backorder.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Finds a service's projection rebuild in its OpenAPI document, and reads what its answer says it did: the bench
 * drives a rebuild only where one is offered, and never guesses a figure where none is.
 */
final class RebuildEndpoints {

    static final List<String> WORDS = List.of("rebuild", "replay");

    private RebuildEndpoints() {
    }

    /** The paths of {@code openApi} with a POST operation whose path names a rebuild or a replay. */
    static List<String> find(JsonNode openApi) {
        List<String> found = new ArrayList<>();
        JsonNode paths = openApi.path("paths");
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            String lower = path.toLowerCase(Locale.ROOT);
            if (WORDS.stream().anyMatch(lower::contains) && paths.path(path).has("post")) {
                found.add(path);
            }
        }
        return found;
    }

    /**
     * How many events a rebuild's answer says it replayed, if it says: {@code events} (inventory's, from its event
     * store) or {@code records} (reporting's, from the topics).
     */
    static OptionalLong events(JsonNode answer) {
        for (String field : List.of("events", "records")) {
            JsonNode count = answer.path(field);
            if (count.isIntegralNumber()) {
                return OptionalLong.of(count.asLong());
            }
        }
        return OptionalLong.empty();
    }
}
