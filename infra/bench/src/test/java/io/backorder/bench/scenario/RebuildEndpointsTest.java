package io.backorder.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RebuildEndpointsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_post_path_naming_a_rebuild_is_found_and_nothing_else() throws Exception {
        String openApi = """
                {"paths": {
                  "/api/items/{sku}": {"put": {}, "get": {}},
                  "/api/projections/rebuild": {"post": {}},
                  "/api/replay-status": {"get": {}}}}""";

        assertThat(RebuildEndpoints.find(json.readTree(openApi))).containsExactly("/api/projections/rebuild");
    }

    @Test
    void a_document_without_one_gives_nothing() throws Exception {
        assertThat(RebuildEndpoints.find(json.readTree("{\"paths\": {\"/api/orders\": {\"post\": {}}}}"))).isEmpty();
    }

    @Test
    void the_answer_says_how_many_events_were_replayed_or_nothing_is_assumed() throws Exception {
        assertThat(RebuildEndpoints.events(json.readTree("{\"events\": 13324, \"millis\": 410}"))).hasValue(13324);
        assertThat(RebuildEndpoints.events(json.readTree("{\"records\": 39525, \"skippedAsPoison\": 0}")))
                .hasValue(39525);
        assertThat(RebuildEndpoints.events(json.readTree("{\"status\": \"done\"}"))).isEmpty();
    }
}
