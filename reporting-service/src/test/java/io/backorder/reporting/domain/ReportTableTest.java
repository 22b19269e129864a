package io.backorder.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    record Row(String name, Integer units, Instant placedAt, LocalDate promised) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(Column.of("Name", "name", Row::name),
            Column.of("Units", "units", Row::units), Column.of("Placed", "placedAt", Row::placedAt),
            Column.of("Promised", "promised", Row::promised));

    @Test
    void csv_quotes_commas_quotes_and_line_breaks_and_ends_lines_with_crlf() {
        String csv = ReportTable.of(COLUMNS, List.of(new Row("Byron, Ada \"the first\"", 4,
                Instant.parse("2026-11-27T08:05:09Z"), LocalDate.parse("2026-12-24")), new Row("two\nlines", null, null,
                null))).toCsv();

        assertThat(csv).isEqualTo("Name,Units,Placed,Promised\r\n"
                + "\"Byron, Ada \"\"the first\"\"\",4,2026-11-27 08:05,2026-12-24\r\n"
                + "\"two\nlines\",,,\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text_but_a_negative_number_stays_a_number() {
        String csv = ReportTable.of(COLUMNS, List.of(new Row("=HYPERLINK(\"x\")", -3, null, null))).toCsv();

        assertThat(csv.split("\r\n")[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",-3,,");
    }
}
