package io.backorder.purchasing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static final PurchaseOrderDocument ORDER = new PurchaseOrderDocument("PO-1001", "SENT",
            LocalDate.parse("2026-11-27"), LocalDate.parse("2026-12-04"), "SUP-1", "Acme <Supply> & Sons",
            "orders@acme.example", 7,
            List.of(new PurchaseOrderDocument.Line("SKU123", 5, new BigDecimal("7.40"), new BigDecimal("37.00")),
                    new PurchaseOrderDocument.Line("SKU999", 1, new BigDecimal("12.00"), new BigDecimal("12.00"))),
            6, new BigDecimal("49.00"));

    @Test
    void the_pdf_parses_and_holds_the_supplier_every_line_the_total_and_the_expected_date() throws IOException {
        byte[] pdf = DocumentPdf.render(ORDER);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Purchase order PO-1001");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Purchase order PO-1001", "Acme <Supply> & Sons (SUP-1)", "orders@acme.example",
                    "Expected delivery: 2026-12-04");
            assertThat(text).containsPattern("SKU123\\s+5\\s+7\\.40\\s+37\\.00");
            assertThat(text).containsPattern("SKU999\\s+1\\s+12\\.00\\s+12\\.00");
            assertThat(text).containsPattern("Total\\s+6\\s+49\\.00");
        }
    }

    @Test
    void the_html_page_escapes_what_the_order_says_and_holds_the_same_figures() {
        String html = DocumentHtml.render(ORDER);

        assertThat(html).contains("Acme &lt;Supply&gt; &amp; Sons", "<td>SKU123</td><td class=\"n\">5</td>",
                "<strong>2026-12-04</strong>", "<td class=\"n\">49.00</td>").doesNotContain("<Supply>");
    }

    @Test
    void a_draft_says_when_its_goods_will_be_expected_instead_of_a_date() {
        PurchaseOrderDocument draft = new PurchaseOrderDocument("PO-1002", "DRAFT", LocalDate.parse("2026-11-27"),
                null, "SUP-1", "Acme", null, 7, List.of(), 0, BigDecimal.ZERO);

        assertThat(DocumentHtml.render(draft)).contains("on sending, after 7 days lead time");
    }
}
