package io.backorder.reporting.app;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * What a report template is given as {@code report}: the title and when it was made, the filters,
 * the paging, the rows as typed records ({@code rows}, each with the fields of the JSON rows) and as
 * text cells under headings ({@code headings}, {@code cells}) for templates that print any report.
 */
@TemplateData
public record PrintedReport(String name, String title, String generatedAt, List<Filter> filters, long total,
                            int page, int size, int pages, List<String> headings, List<List<String>> cells,
                            List<?> rows) {

    /** One filter that is set, by name. */
    @TemplateData
    public record Filter(String name, String value) {
    }

    public int pageNumber() {
        return page + 1;
    }
}
