package io.backorder.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.backorder.reporting.SeedExample;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report-name parameters choose the template: built-in ones, or the merchant's, and say so when it fails. */
@QuarkusTest
class ReportTemplateTests {

    private static SeedExample seed;

    @BeforeEach
    void theSeedExampleIsProjected() {
        // Once for the class, but after Quarkus started (a static @BeforeAll would come before its HTTP port).
        if (seed != null) {
            return;
        }
        seed = SeedExample.publishedDaysAgo(2).awaitProjected();
    }

    @AfterEach
    void backToBuiltIn() {
        for (String name : new String[] {"BackordersByCustomerReport", "BackordersByOrderNumberReport",
                "BackorderSummaryReport", "BackordersByCustomerTemplate"}) {
            choose(name, "built-in");
        }
    }

    @Test
    void by_default_each_report_prints_with_the_built_in_template() {
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .statusCode(200).body(containsString("size: A4 portrait"));
    }

    @Test
    void a_built_in_template_can_be_chosen_by_name() {
        choose("BackorderSummaryReport", "built-in-landscape");
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .statusCode(200).body(allOf(containsString("size: A4 landscape"), containsString("Backorder Summary")));
    }

    @Test
    void a_template_the_merchant_drops_into_the_folder_prints_the_report_with_escaped_values() throws IOException {
        write("merchant-customers.html", """
                <html><body><h2>Our waiting customers</h2>
                {#for row in report.rows}<p class="customer">{row.customerName} waits for {row.unitsNeeded} units</p>{/for}
                <footer>{report.total} customers</footer></body></html>""");
        choose("BackordersByCustomerReport", "merchant-customers");

        given().accept("text/html").queryParam("customer", seed.grace()).get("/api/reports/backorders-by-customer")
                .then().statusCode(200)
                .body(containsString("<p class=\"customer\">Grace Hopper waits for 1 units</p>"))
                .body(containsString("<footer>1 customers</footer>"));
    }

    @Test
    void the_older_parameter_name_of_the_contract_still_chooses_the_template() throws IOException {
        write("older-name.html", "<p>older name: {report.title}</p>");
        choose("BackordersByCustomerTemplate", "older-name");
        given().accept("text/html").get("/api/reports/backorders-by-customer").then().statusCode(200)
                .body(containsString("<p>older name: Backorders by Customer</p>"));
    }

    @Test
    void a_missing_template_is_a_problem_naming_the_parameter_and_the_file_not_a_blank_page() {
        choose("BackordersByOrderNumberReport", "nobody-wrote-this");
        given().accept("text/html").get("/api/reports/backorders-by-order").then().statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Report template missing"))
                .body("detail", allOf(containsString("BackordersByOrderNumberReport"),
                        containsString("nobody-wrote-this.html"), containsString("built-in")));
    }

    @Test
    void a_template_that_cannot_be_parsed_is_a_problem_saying_where() throws IOException {
        write("unclosed.html", "<h1>{report.title}</h1>{#for row in report.rows}<p>{row.sku}</p>");
        choose("BackorderSummaryReport", "unclosed");
        given().accept("text/html").get("/api/reports/backorder-summary").then().statusCode(500)
                .contentType("application/problem+json")
                .body("title", equalTo("Report template broken"))
                .body("detail", allOf(containsString("unclosed.html"), containsString("cannot be parsed")));
    }

    @Test
    void a_template_that_asks_for_a_field_the_report_has_not_is_a_problem_not_a_half_page() throws IOException {
        write("wrong-field.html", "<h1>{report.title}</h1>{#for row in report.rows}<p>{row.shoeSize}</p>{/for}");
        choose("BackorderSummaryReport", "wrong-field");
        given().accept("text/html").queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .statusCode(500).contentType("application/problem+json")
                .body("title", equalTo("Report template broken"))
                .body("detail", allOf(containsString("shoeSize"), not(containsString("<h1>"))));
    }

    @Test
    void a_template_name_that_leaves_the_folder_is_refused() {
        choose("BackorderSummaryReport", "../../etc/passwd");
        given().accept("text/html").get("/api/reports/backorder-summary").then().statusCode(500)
                .body("title", equalTo("Report template name not valid"));
    }

    @Test
    void json_and_csv_do_not_depend_on_the_template() {
        choose("BackorderSummaryReport", "nobody-wrote-this");
        given().queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then().statusCode(200);
        given().accept("text/csv").queryParam("item", seed.widgets()).get("/api/reports/backorder-summary").then()
                .statusCode(200);
    }

    private static void choose(String parameter, String template) {
        given().contentType("application/json").body("{ \"value\": \"" + template + "\" }")
                .put("/api/parameters/" + parameter).then().statusCode(200);
    }

    private static void write(String name, String text) throws IOException {
        Path folder = ConfigProvider.getConfig().getValue("backorder.reports.template-dir", Path.class);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
    }
}
