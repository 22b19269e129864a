package io.backorder.faults.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.faults.ServiceCalls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Lists a service's dead letters through its {@code GET /api/dead-letters}, page by page. */
final class DeadLetterReader {

    static final int PAGE_SIZE = 200;

    private DeadLetterReader() {
    }

    /** The id of the newest dead letter the service keeps; 0 when there is none. */
    static long newestId(ServiceCalls calls, String baseUrl) throws IOException, InterruptedException {
        JsonNode newest = calls.getJson(baseUrl + "/api/dead-letters?page=0&size=1").path("deadLetters").path(0);
        return newest.path("id").asLong(0);
    }

    static List<DeadLetterSeen> read(ServiceCalls calls, String service, String baseUrl)
            throws IOException, InterruptedException {
        List<DeadLetterSeen> seen = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = calls.getJson(baseUrl + "/api/dead-letters?page=" + page + "&size=" + PAGE_SIZE);
            for (JsonNode letter : answer.path("deadLetters")) {
                seen.add(new DeadLetterSeen(service, letter.path("id").asLong(), letter.path("consumer").asText(),
                        letter.path("topic").asText(), letter.path("key").isNull() ? null : letter.path("key").asText(),
                        letter.path("reason").asText(null), letter.path("retryOutcome").asText(null)));
            }
            if ((long) (page + 1) * PAGE_SIZE >= answer.path("total").asLong()) {
                return seen;
            }
        }
    }
}
