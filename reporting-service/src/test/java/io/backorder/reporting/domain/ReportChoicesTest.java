package io.backorder.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a report is asked for: its format, its template, its page and its age arithmetic. */
class ReportChoicesTest {

    @Test
    void the_format_parameter_wins_over_the_accept_header_and_a_browser_gets_html() {
        assertThat(ReportFormat.choose("csv", List.of("text/html"))).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.choose(null, List.of("text/html", "application/xhtml+xml", "*/*;q=0.8")))
                .isEqualTo(ReportFormat.HTML);
        assertThat(ReportFormat.choose(null, List.of("text/csv; charset=UTF-8"))).isEqualTo(ReportFormat.CSV);
        assertThat(ReportFormat.choose(null, List.of("*/*"))).isEqualTo(ReportFormat.JSON);
        assertThatThrownBy(() -> ReportFormat.choose("pdf", List.of())).hasMessageContaining("json, csv or html");
    }

    @Test
    void a_template_name_is_built_in_or_a_plain_file_name_in_the_merchants_folder() {
        assertThat(TemplateChoice.of(null)).isEqualTo(new TemplateChoice("built-in", true));
        assertThat(TemplateChoice.of("built-in-landscape").builtIn()).isTrue();
        assertThat(TemplateChoice.of("shop-customers.html")).isEqualTo(new TemplateChoice("shop-customers", false));
        assertThat(TemplateChoice.of("shop-customers").fileName()).isEqualTo("shop-customers.html");
        assertThatThrownBy(() -> TemplateChoice.of("../secrets")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateChoice.of("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TemplateChoice.of("a..b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_screen_gets_fifty_rows_and_a_printout_everything_unless_it_asks() {
        assertThat(Paging.of(null, null, ReportFormat.JSON)).isEqualTo(new Paging(0, 50));
        assertThat(Paging.of(null, null, ReportFormat.HTML)).isEqualTo(new Paging(0, Paging.MAX_SIZE));
        assertThat(Paging.of(2, 20, ReportFormat.CSV).offset()).isEqualTo(40);
        assertThatThrownBy(() -> Paging.of(-1, 10, ReportFormat.JSON)).hasMessageContaining("page");
        assertThatThrownBy(() -> Paging.of(0, 10_001, ReportFormat.JSON)).hasMessageContaining("size");
    }

    @Test
    void age_counts_calendar_days_in_utc_since_the_order_was_placed() {
        LocalDate today = LocalDate.parse("2026-11-29");
        assertThat(AgeDays.since(Instant.parse("2026-11-28T23:59:00Z"), today)).isEqualTo(1L);
        assertThat(AgeDays.since(Instant.parse("2026-11-29T00:00:00Z"), today)).isZero();
        assertThat(AgeDays.since(null, today)).isNull();
    }

    @Test
    void a_filter_with_from_after_to_is_refused() {
        assertThatThrownBy(() -> new ReportFilter(null, null, null, LocalDate.parse("2026-11-29"),
                LocalDate.parse("2026-11-01"))).hasMessageContaining("after");
        assertThat(new ReportFilter(" ", "SKU1", null, null, null).described()).containsOnlyKeys("item");
    }
}
