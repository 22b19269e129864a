package io.backorder.purchasing.api;

/** The purchase order as a printable HTML page; every value from the order is escaped. */
final class DocumentHtml {

    private DocumentHtml() {
    }

    static String render(PurchaseOrderDocument document) {
        StringBuilder rows = new StringBuilder();
        for (PurchaseOrderDocument.Line line : document.lines()) {
            rows.append("<tr><td>").append(escape(line.sku())).append("</td><td class=\"n\">").append(line.quantity())
                    .append("</td><td class=\"n\">").append(line.unitCost().toPlainString())
                    .append("</td><td class=\"n\">").append(line.lineTotal().toPlainString()).append("</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Purchase order %1$s</title>
                <style>
                body { font-family: Helvetica, Arial, sans-serif; margin: 2em; }
                table { border-collapse: collapse; width: 100%%; }
                th, td { border-bottom: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
                td.n, th.n { text-align: right; }
                tfoot td { font-weight: bold; border-bottom: none; }
                </style></head>
                <body>
                <h1>Purchase order %1$s</h1>
                <p>From %2$s, issued %3$s (%4$s)</p>
                <h2>Supplier</h2>
                <p>%5$s (%6$s)<br>%7$s</p>
                <p>Expected delivery: <strong>%8$s</strong></p>
                <table>
                <thead><tr><th>SKU</th><th class="n">Quantity</th><th class="n">Unit cost</th><th class="n">Line total</th></tr></thead>
                <tbody>
                %9$s</tbody>
                <tfoot><tr><td>Total</td><td class="n">%10$d</td><td></td><td class="n">%11$s</td></tr></tfoot>
                </table>
                <p>Please quote %1$s on the delivery note of every shipment.</p>
                </body></html>
                """.formatted(escape(document.poNumber()), escape(PurchaseOrderDocument.BUYER),
                document.issued(), escape(document.status()), escape(document.supplierName()),
                escape(document.supplierId()), escape(document.supplierEmail() == null ? "" : document.supplierEmail()),
                escape(document.expectedText()), rows, document.units(), document.total().toPlainString());
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
