package io.backorder.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.bench.compare.EventReplayRates;
import io.backorder.bench.report.Goal;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.Numbers;
import io.backorder.bench.report.ScenarioReport;
import io.backorder.contracts.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 7's projection rebuild, in events per second. It runs on the stack the mixed scenario filled.
 *
 * <p>A figure is reported only for a rebuild the services offer. The bench looks for one in every service's OpenAPI
 * document (a path naming "rebuild" or "replay"); none exists today, so the figure is "not available" with that
 * reason, and what does exist is measured instead: reading and decoding the event stores and the topics, the input
 * half of any rebuild, which bounds it from above.
 */
public final class RebuildScenario implements Scenario {

    public static final String NAME = "rebuild";
    static final Goal EVENTS_PER_SECOND = Goal.atLeast(20_000, "events/s");
    static final List<String> SERVICES = List.of("order-service", "inventory-service", "purchasing-service",
            "reporting-service");
    static final List<String> REBUILD_WORDS = List.of("rebuild", "replay");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws Exception {
        ScenarioReport report = new ScenarioReport(NAME, "projection rebuild, on the events the mixed scenario left");
        List<String> rebuildPaths = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (String service : SERVICES) {
            rebuildPaths(context.stack().serviceUrl(service), service)
                    .ifPresentOrElse(rebuildPaths::addAll, () -> unread.add(service));
        }
        String why = rebuildPaths.isEmpty()
                ? "no service offers a rebuild of its read models (no path naming rebuild or replay in the OpenAPI"
                        + " documents" + (unread.isEmpty() ? "" : "; unreadable: " + String.join(", ", unread)) + ")"
                : "the services offer " + String.join(", ", rebuildPaths) + ", which this bench does not drive yet";
        report.add(new Measure("projection rebuild", null, "events/s", EVENTS_PER_SECOND, why));

        context.progress(NAME, "reading the event stores and the topics from the beginning …");
        for (String database : List.of("inventory", "orders")) {
            EventReplayRates.Rate rate = EventReplayRates.eventStore(context.stack().database(), database);
            report.add(Measure.of("what exists: read and decode the " + database + " event store", rate.perSecond(),
                    "events/s").withNote(Numbers.format(rate.events()) + " events, plain JDBC, no projection written"));
        }
        EventReplayRates.Rate topics = EventReplayRates.topics(context.stack().kafkaBootstrapServers(),
                List.of(Topics.ORDERS_EVENTS, Topics.INVENTORY_EVENTS));
        report.add(Measure.of("what exists: read and decode orders.events + inventory.events", topics.perSecond(),
                "events/s").withNote(Numbers.format(topics.events()) + " events from the beginning, one consumer"));
        return report;
    }

    /** The paths of {@code service}'s OpenAPI document that name a rebuild; empty if its document cannot be read. */
    private Optional<List<String>> rebuildPaths(String baseUrl, String service) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            List<String> found = new ArrayList<>();
            JsonNode paths = json.readTree(response.body()).path("paths");
            for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
                String path = names.next();
                if (REBUILD_WORDS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::contains)) {
                    found.add(service + " " + path);
                }
            }
            return Optional.of(found);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
