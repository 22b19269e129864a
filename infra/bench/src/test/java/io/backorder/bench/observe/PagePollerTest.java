package io.backorder.bench.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagePollerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_page_shows_the_decision_when_every_line_is_allocated_or_needed_in_full() throws Exception {
        String page = """
                {"orderNumber": "1001", "lines": [
                  {"lineNo": 1, "sku": "A", "quantity": 3, "allocated": 1, "needed": 2},
                  {"lineNo": 2, "sku": "B", "quantity": 1, "allocated": 1, "needed": 0}]}""";

        assertThat(PagePoller.allLinesDecided(json.readTree(page), Map.of(1, 3, 2, 1))).isTrue();
    }

    @Test
    void a_line_not_yet_decided_keeps_the_page_pending() throws Exception {
        String page = """
                {"orderNumber": "1001", "lines": [
                  {"lineNo": 1, "sku": "A", "quantity": 3, "allocated": 1, "needed": 0},
                  {"lineNo": 2, "sku": "B", "quantity": 1, "allocated": 1, "needed": 0}]}""";

        assertThat(PagePoller.allLinesDecided(json.readTree(page), Map.of(1, 3, 2, 1))).isFalse();
    }
}
