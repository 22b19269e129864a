package io.backorder.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.backorder.reporting.SeedExample;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The New Backorders report of an import: kept while PrintNewBackordersReportAtImport is set, listable, printable. */
@QuarkusTest
class ImportReportTests {

    @Test
    void an_import_lists_the_lines_it_backordered_as_json_csv_and_html() {
        SeedExample seed = SeedExample.publishedDaysAgo(0).awaitProjected();

        given().get("/api/imports/" + seed.importId() + "/new-backorders").then().statusCode(200)
                .body("title", equalTo("New Backorders of import " + seed.importId()))
                .body("total", equalTo(3))
                .body("rows.orderNumber", contains(seed.a(), seed.b(), seed.c()))
                .body("rows.backorderedAtImport", contains(1, 1, 2))
                .body("rows.neededNow", contains(1, 1, 2));
        String csv = given().accept("text/csv").get("/api/imports/" + seed.importId() + "/new-backorders").then()
                .statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains(seed.c() + ",1," + seed.alan() + ",Alan Turing," + seed.widgets()
                + ",Blue widget,2,2,2\r\n");
        given().accept("text/html").get("/api/imports/" + seed.importId() + "/new-backorders").then().statusCode(200)
                .body(containsString("New Backorders of import " + seed.importId()))
                .body(containsString("<td>" + seed.a() + "</td>"));
        given().queryParam("importId", seed.importId()).get("/api/reports/new-backorders").then().statusCode(200)
                .body("total", equalTo(3));
    }

    @Test
    void every_kept_import_is_listed_with_its_counts() {
        SeedExample seed = SeedExample.publishedDaysAgo(0).awaitProjected();

        given().queryParam("size", 1000).get("/api/imports").then().statusCode(200)
                .body("imports.importId", hasItem(seed.importId()))
                .body("imports.find { it.importId == '" + seed.importId() + "' }.orders", equalTo(3))
                .body("imports.find { it.importId == '" + seed.importId() + "' }.linesBackordered", equalTo(3))
                .body("imports.find { it.importId == '" + seed.importId() + "' }.unitsBackordered", equalTo(4));
    }

    @Test
    void an_import_made_while_print_new_backorders_report_at_import_is_false_keeps_no_report() {
        setPrintAtImport(false);
        try {
            awaitParameterHeard(false);
            SeedExample seed = SeedExample.publishedDaysAgo(0).awaitProjected();

            given().get("/api/imports/" + seed.importId() + "/new-backorders").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("PrintNewBackordersReportAtImport was false"));
            given().queryParam("size", 1000).get("/api/imports").then()
                    .body("imports.importId", not(hasItem(seed.importId())));
        } finally {
            setPrintAtImport(true);
            awaitParameterHeard(true);
        }
    }

    @Test
    void an_import_nobody_made_is_not_found() {
        given().get("/api/imports/no-such-import/new-backorders").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/reports/new-backorders").then().statusCode(400)
                .body("errors[0].field", equalTo("importId"));
    }

    private static void setPrintAtImport(boolean value) {
        given().contentType("application/json").body("{ \"value\": " + value + " }")
                .put("/api/parameters/PrintNewBackordersReportAtImport").then().statusCode(200);
    }

    /**
     * The report judges an import by the parameter's change as it came back on parameters.events:
     * wait for that, so the import that follows is surely judged by it.
     */
    private static void awaitParameterHeard(boolean value) {
        SeedExample probe = SeedExample.publishedDaysAgo(0).awaitProjected();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/imports/" + probe.importId() + "/new-backorders").then()
                        .statusCode(value ? 200 : 404));
    }
}
