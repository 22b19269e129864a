package io.backorder.purchasing.api;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** The purchase order as a PDF (OpenPDF), with the same content as the HTML page. */
final class DocumentPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private DocumentPdf() {
    }

    static byte[] render(PurchaseOrderDocument po) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Purchase order " + po.poNumber());
            document.addCreator(PurchaseOrderDocument.BUYER);
            document.open();
            document.add(new Paragraph("Purchase order " + po.poNumber(), TITLE));
            document.add(new Paragraph("From " + PurchaseOrderDocument.BUYER + ", issued " + po.issued() + " ("
                    + po.status() + ")", TEXT));
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph("Supplier", HEADING));
            document.add(new Paragraph(po.supplierName() + " (" + po.supplierId() + ")", TEXT));
            if (po.supplierEmail() != null) {
                document.add(new Paragraph(po.supplierEmail(), TEXT));
            }
            document.add(new Paragraph("Expected delivery: " + po.expectedText(), HEADING));
            document.add(new Paragraph(" ", TEXT));
            document.add(lines(po));
            document.add(new Paragraph(" ", TEXT));
            document.add(new Paragraph("Please quote " + po.poNumber() + " on the delivery note of every shipment.",
                    TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write purchase order " + po.poNumber() + " as PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable lines(PurchaseOrderDocument po) {
        PdfPTable table = new PdfPTable(new float[] {3f, 1.2f, 1.4f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        cell(table, "SKU", HEADING, Element.ALIGN_LEFT);
        cell(table, "Quantity", HEADING, Element.ALIGN_RIGHT);
        cell(table, "Unit cost", HEADING, Element.ALIGN_RIGHT);
        cell(table, "Line total", HEADING, Element.ALIGN_RIGHT);
        for (PurchaseOrderDocument.Line line : po.lines()) {
            cell(table, line.sku(), TEXT, Element.ALIGN_LEFT);
            cell(table, Integer.toString(line.quantity()), TEXT, Element.ALIGN_RIGHT);
            cell(table, line.unitCost().toPlainString(), TEXT, Element.ALIGN_RIGHT);
            cell(table, line.lineTotal().toPlainString(), TEXT, Element.ALIGN_RIGHT);
        }
        cell(table, "Total", HEADING, Element.ALIGN_LEFT);
        cell(table, Integer.toString(po.units()), HEADING, Element.ALIGN_RIGHT);
        cell(table, "", HEADING, Element.ALIGN_RIGHT);
        cell(table, po.total().toPlainString(), HEADING, Element.ALIGN_RIGHT);
        return table;
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
