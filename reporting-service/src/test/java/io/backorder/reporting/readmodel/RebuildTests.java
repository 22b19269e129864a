package io.backorder.reporting.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.backorder.contracts.inventory.BackorderFilled;
import io.backorder.eventing.Sql;
import io.backorder.reporting.ReportingDatabase;
import io.backorder.reporting.SeedExample;
import io.backorder.reporting.TopicEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
                null, false, null));
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

    @Test
    void a_rebuild_waits_for_a_batch_another_reporting_instance_has_under_way_and_runs_once_it_committed()
            throws Exception {
        String claimedElsewhere = "other-instance-" + UUID.randomUUID();
        try (Connection otherInstance = ReportingDatabase.connect()) {
            otherInstance.setAutoCommit(false);
            // What another instance's batch does: claim its records in the inbox first, then project them.
            Sql.update(otherInstance, "insert into processed_event (consumer, event_id) values (?, ?)",
                    ProjectedTopic.ORDERS.consumer(), claimedElsewhere);
            Sql.update(otherInstance, "insert into rm_import (import_id, first_seen_at) values (?, now())",
                    claimedElsewhere);

            CompletableFuture<Integer> rebuild = CompletableFuture.supplyAsync(() ->
                    given().post("/api/projections/rebuild").then().extract().statusCode());
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(RebuildTests::rebuildWaitsForTheInbox);
            assertThat(rebuild).as("held by the other instance's batch").isNotDone();

            otherInstance.commit();
            assertThat(rebuild.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            // It replayed after that batch: the read models it made replaced the batch's row (which no topic
            // holds), and the inbox kept the batch's claim, as it keeps whatever the live consumers recorded.
            assertThat(Sql.<Long>one(otherInstance, "select count(*) from rm_import where import_id = ?",
                    rs -> rs.getLong(1), claimedElsewhere)).isZero();
            assertThat(Sql.<Long>one(otherInstance, "select count(*) from processed_event where event_id = ?",
                    rs -> rs.getLong(1), claimedElsewhere)).isOne();
            otherInstance.commit();
        }
    }

    /** Asked on a connection of its own: a transaction sees pg_stat_activity as it was at its first look. */
    private static boolean rebuildWaitsForTheInbox() throws Exception {
        try (Connection looking = ReportingDatabase.connect()) {
            return Sql.one(looking, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'lock table processed_event%'", rs -> rs.getLong(1)) > 0;
        }
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
