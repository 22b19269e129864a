package io.backorder.purchasing.api;

import static io.backorder.purchasing.PurchasingFixture.awaitBackordered;
import static io.backorder.purchasing.PurchasingFixture.buyableItem;
import static io.backorder.purchasing.PurchasingFixture.newSupplier;
import static io.backorder.purchasing.PurchasingFixture.generate;
import static io.backorder.purchasing.PurchasingFixture.inventory;
import static io.backorder.purchasing.PurchasingFixture.onlyOrder;
import static io.backorder.purchasing.PurchasingFixture.order;
import static io.backorder.purchasing.PurchasingFixture.send;
import static io.backorder.purchasing.PurchasingFixture.unique;
import static io.backorder.purchasing.PurchasingFixture.waitingOrder;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.backorder.contracts.EventHeaders;
import io.backorder.contracts.Topics;
import io.backorder.contracts.inventory.StockReceived;
import io.backorder.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PurchaseOrderLifecycleTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A draft of two lines for a new supplier with a lead time of 5 days: 4 of the first sku, 2 of the second. */
    private record Draft(String supplier, String poNumber, String first, String second) {
    }

    @Test
    void a_draft_is_edited_then_sent_expected_after_the_suppliers_lead_time() {
        Draft draft = draft();

        given().contentType(ContentType.JSON).body("{ \"quantity\": 6 }")
                .put("/api/purchase-orders/" + draft.poNumber() + "/lines/" + draft.first())
                .then().statusCode(200).body("lines.find { it.sku == '" + draft.first() + "' }.quantity", equalTo(6));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 1, \"unitCost\": \"3.00\" }")
                .put("/api/purchase-orders/" + draft.poNumber() + "/lines/EXTRA-" + draft.first())
                .then().statusCode(200).body("lines.size()", equalTo(3));
        given().delete("/api/purchase-orders/" + draft.poNumber() + "/lines/EXTRA-" + draft.first())
                .then().statusCode(200).body("lines.size()", equalTo(2));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 0, \"unitCost\": \"-1\" }")
                .put("/api/purchase-orders/" + draft.poNumber() + "/lines/" + draft.first())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("quantity", "unitCost"));
        assertThat(order(draft.poNumber()).getInt("lines.find { it.sku == '" + draft.first() + "' }.quantity"))
                .isEqualTo(6);
        send(draft.poNumber());

        LocalDate expected = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        given().get("/api/purchase-orders/" + draft.poNumber()).then().statusCode(200)
                .body("status", equalTo("SENT")).body("expectedDate", equalTo(expected.toString()));
        given().contentType(ContentType.JSON).body("{ \"quantity\": 9 }")
                .put("/api/purchase-orders/" + draft.poNumber() + "/lines/" + draft.first())
                .then().statusCode(409).contentType("application/problem+json");
        try (TopicProbe probe = TopicProbe.reading(io.backorder.purchasing.PurchasingFixture.kafka(),
                List.of(Topics.PURCHASING_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> draft.poNumber().equals(r.key())
                    && "PurchaseOrderSent".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))
                    && r.value().contains("\"expectedDate\":\"" + expected + "\"")), PATIENCE);
        }
    }

    @Test
    void an_expected_date_the_sender_gives_is_kept_but_none_before_today() {
        Draft draft = draft();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String nextMonth = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

        given().contentType(ContentType.JSON).body("{ \"expectedDate\": \"" + yesterday + "\" }")
                .post("/api/purchase-orders/" + draft.poNumber() + "/send")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("expectedDate"));
        assertThat(order(draft.poNumber()).getString("status")).isEqualTo("DRAFT");

        given().contentType(ContentType.JSON).body("{ \"expectedDate\": \"" + nextMonth + "\" }")
                .post("/api/purchase-orders/" + draft.poNumber() + "/send")
                .then().statusCode(200).body("expectedDate", equalTo(nextMonth));
    }

    @Test
    void sending_a_cancelled_order_is_refused_and_changes_nothing() {
        Draft draft = draft();
        given().post("/api/purchase-orders/" + draft.poNumber() + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        given().contentType(ContentType.JSON).body("{}").post("/api/purchase-orders/" + draft.poNumber() + "/send")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CANCELLED"));
        given().post("/api/purchase-orders/" + draft.poNumber() + "/cancel").then().statusCode(409);
        assertThat(order(draft.poNumber()).getString("status")).isEqualTo("CANCELLED");
        assertThat(order(draft.poNumber()).getString("sentAt")).isNull();
    }

    @Test
    void two_partial_receipts_make_the_order_partially_received_then_received() {
        Draft draft = draft();
        send(draft.poNumber());

        inventory(draft.first(), new StockReceived(draft.first(), unique("R"), 4, draft.poNumber(), 4));
        awaitStatus(draft.poNumber(), "PARTIALLY_RECEIVED");
        inventory(draft.second(), new StockReceived(draft.second(), unique("R"), 2, draft.poNumber(), 2));
        awaitStatus(draft.poNumber(), "RECEIVED");

        given().get("/api/purchase-orders/" + draft.poNumber()).then()
                .body("lines.find { it.sku == '" + draft.first() + "' }.received", equalTo(4))
                .body("closedAt", org.hamcrest.Matchers.notNullValue());
        try (TopicProbe probe = TopicProbe.reading(io.backorder.purchasing.PurchasingFixture.kafka(),
                List.of(Topics.PURCHASING_EVENTS))) {
            probe.awaitUntil(seen -> seen.stream().anyMatch(r -> draft.poNumber().equals(r.key())
                    && "PurchaseOrderClosed".equals(TopicProbe.header(r, EventHeaders.EVENT_TYPE))
                    && r.value().contains("\"status\":\"RECEIVED\"")), PATIENCE);
        }
    }

    @Test
    void more_than_was_ordered_is_recorded_as_over_received_and_reported() {
        Draft draft = draft();
        send(draft.poNumber());
        String receipt = unique("R");

        inventory(draft.second(), new StockReceived(draft.second(), receipt, 5, draft.poNumber(), 5));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/purchase-orders/" + draft.poNumber())
                .then().body("lines.find { it.sku == '" + draft.second() + "' }.received", equalTo(5))
                .body("lines.find { it.sku == '" + draft.second() + "' }.overReceived", equalTo(3)));
        given().get("/api/receipt-exceptions?poNumber=" + draft.poNumber()).then().statusCode(200)
                .body("find { it.receiptId == '" + receipt + "' }.kind", equalTo("OVER_RECEIVED"))
                .body("find { it.receiptId == '" + receipt + "' }.units", equalTo(3));
    }

    @Test
    void a_receipt_naming_an_unknown_purchase_order_is_reported() {
        String sku = unique("STRAY");
        String receipt = unique("R");

        inventory(sku, new StockReceived(sku, receipt, 3, "PO-999999", 3));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/receipt-exceptions")
                .then().body("find { it.receiptId == '" + receipt + "' }.kind", equalTo("UNKNOWN_PURCHASE_ORDER"))
                .body("find { it.receiptId == '" + receipt + "' }.poNumber", equalTo("PO-999999")));
        io.backorder.purchasing.PurchasingFixture.awaitDemand(sku, demand -> demand.getInt("onHand") == 3);
    }

    @Test
    void receiving_against_a_closed_unsent_or_unknown_order_is_refused_before_it_reaches_inventory() {
        Draft draft = draft();
        String receipt = "{ \"receiptId\": \"R-1\", \"sku\": \"" + draft.first() + "\", \"quantity\": 1 }";

        given().contentType(ContentType.JSON).body(receipt).post("/api/purchase-orders/" + draft.poNumber() + "/receipts")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("not sent"));
        given().post("/api/purchase-orders/" + draft.poNumber() + "/cancel").then().statusCode(200);
        given().contentType(ContentType.JSON).body(receipt).post("/api/purchase-orders/" + draft.poNumber() + "/receipts")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("CANCELLED"));
        given().contentType(ContentType.JSON).body(receipt).post("/api/purchase-orders/PO-424242/receipts")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{ \"receiptId\": \"\", \"sku\": \"X\", \"quantity\": 0 }")
                .post("/api/purchase-orders/" + draft.poNumber() + "/receipts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("receiptId", "quantity"));
    }

    @Test
    void an_unknown_purchase_order_is_not_found() {
        given().get("/api/purchase-orders/PO-424242").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/api/purchase-orders/PO-424242/send")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/purchase-orders/PO-424242/document").then().statusCode(404);
    }

    @Test
    void the_document_shows_supplier_lines_costs_totals_and_expected_date_as_html_and_as_a_pdf() throws IOException {
        Draft draft = draft();
        send(draft.poNumber());
        String expected = LocalDate.now(ZoneOffset.UTC).plusDays(5).toString();

        String html = given().accept("text/html").get("/api/purchase-orders/" + draft.poNumber() + "/document")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("Purchase order " + draft.poNumber(), "Supplier " + draft.supplier(),
                draft.first(), draft.second(), "7.40", "29.60", "35.60", expected);

        byte[] pdf = given().get("/api/purchase-orders/" + draft.poNumber() + "/document?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Purchase order " + draft.poNumber(), "Supplier " + draft.supplier(),
                    "Expected delivery: " + expected, "35.60");
            assertThat(text).containsPattern(draft.first() + "\\s+4\\s+7\\.40\\s+29\\.60");
            assertThat(text).containsPattern(draft.second() + "\\s+2\\s+3\\.00\\s+6\\.00");
        }
        given().get("/api/purchase-orders/" + draft.poNumber() + "/document?format=docx")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static Draft draft() {
        String supplier = newSupplier(5);
        String first = buyableItem("FIRST", supplier, "7.40", 1, 1, 0);
        String second = buyableItem("SECOND", supplier, "3.00", 1, 1, 0);
        waitingOrder(first, 4, Instant.now());
        waitingOrder(second, 2, Instant.now());
        awaitBackordered(first, 4);
        awaitBackordered(second, 2);
        return new Draft(supplier, onlyOrder(generate(supplier, 30)), first, second);
    }

    private static void awaitStatus(String poNumber, String status) {
        Awaitility.await().atMost(PATIENCE).untilAsserted(() ->
                given().get("/api/purchase-orders/" + poNumber).then().body("status", equalTo(status)));
    }
}
