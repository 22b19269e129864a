package io.backorder.reporting.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.reporting.SeedExample;
import io.backorder.reporting.TopicEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Dropping the read models and reading the topics again gives the same reports. */
@QuarkusTest
class RebuildTests {

    private static final List<String> REPORTS = List.of("/api/reports/backorders-by-customer",
            "/api/reports/backorders-by-order", "/api/reports/backorder-summary", "/api/reports/not-shipped",
            "/api/imports", "/api/shipments");

    @Test
    void the_reports_after_a_rebuild_are_identical_to_the_reports_before() {
        SeedExample seed = SeedExample.publishedDaysAgo(4).awaitProjected();
        TopicEvents.publish(seed.widgets(), new BackorderFilled(seed.widgets(), seed.b(), 1, 1, 0, "fill-r", true,
                null, false));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/projections/status").then().body("upToDate", equalTo(true)));
        Map<String, String> before = everyReport(seed);

        given().post("/api/projections/rebuild").then().statusCode(200)
                .body("records", greaterThan(0)).body("skippedAsPoison", equalTo(0));

        assertThat(everyReport(seed)).isEqualTo(before);
        given().get("/api/projections/status").then().body("lastRebuild.records", greaterThan(0));
    }

    @Test
    void after_a_rebuild_the_live_consumers_go_on_with_new_events() {
        given().post("/api/projections/rebuild").then().statusCode(200);
        SeedExample.publishedDaysAgo(0).awaitProjected();
    }

    /** Each report, every row, as CSV (JSON would differ in generatedAt only), plus the import report. */
    private static Map<String, String> everyReport(SeedExample seed) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (String path : REPORTS) {
            reports.put(path, given().queryParam("size", 10_000).get(path).then().statusCode(200).extract()
                    .jsonPath().prettify().replaceAll("\"generatedAt\": \"[^\"]*\"", ""));
        }
        reports.put("new-backorders", given().accept("text/csv").get("/api/imports/" + seed.importId()
                + "/new-backorders").then().statusCode(200).extract().asString());
        reports.put("summary.csv", given().accept("text/csv").get("/api/reports/backorder-summary").then()
                .statusCode(200).extract().asString());
        assertThat(reports.get("/api/reports/backorders-by-order")).contains(seed.c());
        return reports;
    }
}
