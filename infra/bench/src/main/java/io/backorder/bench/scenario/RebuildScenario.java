package io.backorder.bench.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backorder.bench.compare.EventReplayRates;
import io.backorder.bench.report.Goal;
import io.backorder.bench.report.Measure;
import io.backorder.bench.report.Numbers;
import io.backorder.bench.report.ScenarioReport;
import io.backorder.contracts.Topics;
import io.backorder.devstack.ApiCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Issue 7's projection rebuild, in events per second. It runs on the stack the mixed scenario filled.
 *
 * <p>A figure is reported only for a rebuild the services offer. The bench looks for one in every service's OpenAPI
 * document: a POST path naming "rebuild" or "replay". Each one found is called once, timed from here, and its events
 * per second are the {@code events} its answer reports over that time. Where none exists the figure is "not
 * available" with that reason. Either way the input half of any rebuild is measured too: reading and decoding the
 * event stores and the topics, which bounds a rebuild from above.
 */
public final class RebuildScenario implements Scenario {

    public static final String NAME = "rebuild";
    static final Goal EVENTS_PER_SECOND = Goal.atLeast(20_000, "events/s");
    static final List<String> SERVICES = List.of("order-service", "inventory-service", "purchasing-service",
            "reporting-service");

    /** How long the bench waits before it asks a second time for an OpenAPI document it could not read. */
    private static final Duration OPENAPI_RETRY_PAUSE = Duration.ofSeconds(2);
    private static final Duration OPENAPI_TIMEOUT = Duration.ofSeconds(10);
    /** How long the bench waits for that answer itself, should the request's own timeout not fire. */
    private static final Duration OPENAPI_DEADLINE = OPENAPI_TIMEOUT.plusSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws Exception {
        ScenarioReport report = new ScenarioReport(NAME, "projection rebuild, on the events the mixed scenario left");
        Settling.awaitCaughtUp(context, report, NAME, "mixed run");
        List<String> unread = new ArrayList<>();
        List<Measure> rebuilds = new ArrayList<>();
        for (String service : SERVICES) {
            OpenApiRead read = rebuildPaths(context.stack().serviceUrl(service));
            if (read.paths().isEmpty()) {
                unread.add(service + " (" + read.failure() + ")");
                continue;
            }
            for (String path : read.paths().get()) {
                context.progress(NAME, "POST " + path + " on " + service + " …");
                rebuilds.add(callRebuild(context, service, path));
            }
        }
        if (rebuilds.isEmpty()) {
            report.add(new Measure("projection rebuild", null, "events/s", EVENTS_PER_SECOND,
                    "no service offers a rebuild of its read models (no POST path naming rebuild or replay in the"
                            + " OpenAPI documents" + (unread.isEmpty() ? "" : "; unreadable: " + String.join(", ", unread))
                            + ")"));
        } else if (!unread.isEmpty()) {
            // A service whose document could not be read may offer a rebuild too: say so rather than leave it out.
            report.add(new Measure("projection rebuild: services not looked at", null, "events/s", EVENTS_PER_SECOND,
                    "OpenAPI document unreadable twice: " + String.join(", ", unread)));
        }
        rebuilds.forEach(report::add);

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

    /** A service's rebuild paths, or why its OpenAPI document could not be read. */
    private record OpenApiRead(Optional<List<String>> paths, String failure) {
    }

    /** The rebuild paths of a service's OpenAPI document, asked for a second time if the first answer fails. */
    private OpenApiRead rebuildPaths(String baseUrl) throws InterruptedException {
        OpenApiRead first = readOpenApi(baseUrl);
        if (first.paths().isPresent()) {
            return first;
        }
        Thread.sleep(OPENAPI_RETRY_PAUSE.toMillis());
        return readOpenApi(baseUrl);
    }

    /**
     * Waits for the answer itself rather than trusting the request's timeout: on 2026-11-30 one read stayed unanswered
     * for 15 minutes, its 10 s timeout notwithstanding, while the service answered the same URL to curl at once.
     */
    private OpenApiRead readOpenApi(String baseUrl) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/q/openapi?format=json")).timeout(OPENAPI_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = answer.get(OPENAPI_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            return response.statusCode() == 200
                    ? new OpenApiRead(Optional.of(RebuildEndpoints.find(json.readTree(response.body()))), null)
                    : new OpenApiRead(Optional.empty(), "answered " + response.statusCode());
        } catch (IOException | ExecutionException e) {
            return new OpenApiRead(Optional.empty(), e.toString());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new OpenApiRead(Optional.empty(), "no answer within " + OPENAPI_DEADLINE.toSeconds() + " s");
        }
    }

    /** Calls one rebuild and reports the events it says it replayed over the time it took, seen from here. */
    private Measure callRebuild(ScenarioContext context, String service, String path) {
        String name = "projection rebuild: " + service + " POST " + path;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(context.stack().serviceUrl(service) + path))
                    .header("Authorization", ApiCredentials.authorization())
                    .timeout(context.timeout()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 200) {
                return new Measure(name, null, "events/s", EVENTS_PER_SECOND,
                        "answered " + response.statusCode() + " after " + Numbers.format(seconds) + " s");
            }
            long events = RebuildEndpoints.events(json.readTree(response.body())).orElse(-1);
            if (events < 0) {
                return new Measure(name, null, "events/s", EVENTS_PER_SECOND, "took " + Numbers.format(seconds)
                        + " s; its answer does not say how many events it replayed");
            }
            return new Measure(name, events / seconds, "events/s", EVENTS_PER_SECOND,
                    Numbers.format(events) + " events in " + Numbers.format(seconds) + " s, timed from the bench");
        } catch (IOException e) {
            return new Measure(name, null, "events/s", EVENTS_PER_SECOND, "failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Measure(name, null, "events/s", EVENTS_PER_SECOND, "interrupted");
        }
    }
}
