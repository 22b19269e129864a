package io.backorder.reporting.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.backorder.reporting.SeedExample;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every report as JSON, CSV and printable HTML, filtered and paged. */
@QuarkusTest
class ReportFormatTests {

    private static SeedExample seed;

    @BeforeEach
    void theSeedExampleIsProjected() {
        // Once for the class, but after Quarkus started (a static @BeforeAll would come before its HTTP port).
        if (seed != null) {
            return;
        }
        seed = SeedExample.publishedDaysAgo(5).awaitProjected();
    }

    @Test
    void backorders_by_customer_as_json_csv_and_html() {
        given().queryParam("customer", seed.grace()).get("/api/reports/backorders-by-customer").then()
                .statusCode(200).contentType("application/json")
                .body("report", equalTo("backorders-by-customer")).body("total", equalTo(1))
                .body("rows[0].customerName", equalTo("Grace Hopper")).body("rows[0].orders", equalTo(1))
                .body("rows[0].unitsNeeded", equalTo(1)).body("rows[0].oldestAgeDays", equalTo(5));

        String csv = given().accept("text/csv").queryParam("customer", seed.grace())
                .get("/api/reports/backorders-by-customer").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("backorders-by-customer.csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("Customer,Name,Email,Orders,Lines,Units needed,Oldest placed,Oldest age (days)\r\n")
                .contains(seed.grace() + ",Grace Hopper,");

        given().accept("text/html").queryParam("customer", seed.grace()).get("/api/reports/backorders-by-customer")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>Backorders by Customer</h1>"))
                .body(containsString("<td>Grace Hopper</td>"))
                .body(containsString("customer: " + seed.grace()));
    }

    @Test
    void backorders_by_order_number_as_json_csv_and_html() {
        given().queryParam("item", seed.widgets()).get("/api/reports/backorders-by-order").then().statusCode(200)
                .body("rows.orderNumber", contains(seed.b(), seed.c()));
        String csv = given().queryParam("format", "csv").queryParam("item", seed.widgets())
                .get("/api/reports/backorders-by-order").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv.split("\r\n")[1]).startsWith(seed.b() + ",1," + seed.grace() + ",Grace Hopper," + seed.widgets()
                + ",Blue widget,2,1,1,");
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/backorders-by-order").then()
                .statusCode(200).body(containsString("<h1>Backorders by Order Number</h1>"))
                .body(containsString("<td>" + seed.c() + "</td>"));
    }

    @Test
    void backorder_summary_as_json_csv_and_html() {
        given().queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then().statusCode(200)
                .body("rows[0].unitsNeeded", equalTo(3)).body("rows[0].ordersWaiting", equalTo(2))
                .body("rows[0].onHand", equalTo(5)).body("rows[0].onOrder", equalTo(0));
        String csv = given().accept("text/csv").queryParam("item", seed.widgets())
                .get("/api/reports/backorder-summary").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")[1]).startsWith(seed.widgets() + ",Blue widget,3,2,");
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .statusCode(200).body(containsString("<h1>Backorder Summary</h1>"))
                .body(containsString("<td>" + seed.widgets() + "</td>"));
    }

    @Test
    void quantity_not_shipped_and_backordered_looks_back_the_days_asked_or_view_inventory_backorder_days() {
        given().queryParam("item", seed.widgets()).get("/api/reports/not-shipped").then().statusCode(200)
                .body("filters.days", equalTo("30"))
                .body("rows[0].ordered", equalTo(8)).body("rows[0].shipped", equalTo(0))
                .body("rows[0].notShipped", equalTo(8)).body("rows[0].backordered", equalTo(3));
        given().queryParam("item", seed.widgets()).queryParam("days", 3).get("/api/reports/not-shipped").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("item", seed.widgets()).queryParam("days", 6).get("/api/reports/quantity-not-shipped")
                .then().statusCode(200).body("total", equalTo(1));
        String csv = given().accept("text/csv").queryParam("item", seed.widgets()).get("/api/reports/not-shipped")
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("Item,Description,Ordered,Shipped,Not shipped,Backordered\r\n")
                .contains(seed.widgets() + ",Blue widget,8,0,8,3\r\n");
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/not-shipped").then()
                .statusCode(200).body(containsString("Quantity Not Shipped &amp; Backordered, last 30 days"));
    }

    @Test
    void a_report_is_paged_and_says_how_many_rows_there_are_in_all() {
        given().queryParam("item", seed.widgets()).queryParam("size", 1).queryParam("page", 1)
                .get("/api/reports/backorders-by-order").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(1)).body("rows.orderNumber", contains(seed.c()));
        given().queryParam("item", seed.widgets()).queryParam("size", 1).queryParam("page", 5)
                .get("/api/reports/backorders-by-order").then().statusCode(200)
                .body("total", equalTo(2)).body("rows.size()", equalTo(0));
        given().queryParam("item", seed.widgets()).queryParam("sort", "-needed")
                .get("/api/reports/backorders-by-order").then().body("rows.orderNumber", contains(seed.c(), seed.b()));
    }

    @Test
    void a_bad_filter_page_sort_or_format_is_refused_with_the_field_at_fault() {
        given().queryParam("from", "yesterday").get("/api/reports/backorders-by-order").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("size", 0).get("/api/reports/backorder-summary").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "price").get("/api/reports/backorder-summary").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("format", "pdf").get("/api/reports/backorder-summary").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().queryParam("days", 0).get("/api/reports/not-shipped").then().statusCode(400)
                .body("errors[0].field", equalTo("days"));
    }

    @Test
    void filters_by_placement_dates_narrow_the_report() {
        String fiveDaysAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(5).toString();
        given().queryParam("item", seed.widgets()).queryParam("from", fiveDaysAgo).queryParam("to", fiveDaysAgo)
                .get("/api/reports/backorders-by-order").then().body("total", equalTo(2));
        given().queryParam("item", seed.widgets()).queryParam("to", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .minusDays(6).toString()).get("/api/reports/backorders-by-order").then().body("total", equalTo(0));
    }
}
