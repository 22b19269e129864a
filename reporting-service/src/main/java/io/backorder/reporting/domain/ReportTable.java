package io.backorder.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's rows laid out as text cells under its columns: what CSV writes and what a template
 * that does not know the row's fields prints.
 */
public record ReportTable(List<String> headings, List<List<String>> cells) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public static <R> ReportTable of(List<Column<R>> columns, List<R> rows) {
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (R row : rows) {
            cells.add(columns.stream().map(column -> text(column.value().apply(row))).toList());
        }
        return new ReportTable(columns.stream().map(Column::heading).toList(), cells);
    }

    /** RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a comma, quote or line break. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        appendCsvLine(csv, headings);
        cells.forEach(line -> appendCsvLine(csv, line));
        return csv.toString();
    }

    /** Instants to the minute in UTC, dates as ISO dates, nothing as an empty cell. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return MINUTES.format(instant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    private static void appendCsvLine(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            // A leading = + - @ would make a spreadsheet run the cell as a formula.
            boolean formula = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?\\d+");
            String safe = formula ? "'" + field : field;
            if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
                csv.append('"').append(safe.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(safe);
            }
        }
        csv.append("\r\n");
    }
}
