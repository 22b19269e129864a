package io.backorder.reporting.api;

import io.backorder.reporting.app.PrintedReport;
import io.backorder.reporting.app.ReportDefinition;
import io.backorder.reporting.app.ReportTemplates;
import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.domain.ReportFormat;
import io.backorder.reporting.domain.ReportTable;
import io.backorder.reporting.readmodel.ReportPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Answers a page of a report in the format asked for: JSON, CSV or HTML printed with its template. */
@ApplicationScoped
public class ReportResponder {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final ReportTemplates templates;
    private final Clock clock;

    ReportResponder(ReportTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    public <R> Response respond(ReportDefinition<R> report, String title, ReportFormat format,
                                Map<String, String> filters, Paging paging, ReportPage<R> page) {
        Instant now = clock.instant();
        return switch (format) {
            case JSON -> Response.ok(new ReportBody<>(report.name(), title, now, filters, paging.page(), paging.size(),
                    page.total(), page.rows())).type(format.mediaType()).build();
            case CSV -> Response.ok(ReportTable.of(report.columns(), page.rows()).toCsv())
                    .type(format.mediaType() + "; charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + report.name() + ".csv\"")
                    .build();
            case HTML -> {
                ReportTable table = ReportTable.of(report.columns(), page.rows());
                int pages = (int) Math.max(1, (page.total() + paging.size() - 1) / paging.size());
                List<PrintedReport.Filter> printedFilters = filters.entrySet().stream()
                        .map(filter -> new PrintedReport.Filter(filter.getKey(), filter.getValue())).toList();
                PrintedReport printed = new PrintedReport(report.name(), title, PRINTED.format(now), printedFilters,
                        page.total(), paging.page(), paging.size(), pages, table.headings(), table.cells(),
                        page.rows());
                yield Response.ok(templates.print(report, printed)).type(format.mediaType() + "; charset=UTF-8")
                        .build();
            }
        };
    }
}
