package io.backorder.reporting.readmodel;

import io.backorder.reporting.domain.Paging;
import java.util.List;
import java.util.function.LongSupplier;

/** One page of a report's rows and how many rows the whole report has. */
public record ReportPage<R>(List<R> rows, long total) {

    /**
     * The page, counting all rows only when the page cannot tell: when it is full, or past the end.
     * A count over a long report costs more than the page itself.
     */
    static <R> ReportPage<R> of(List<R> rows, Paging paging, LongSupplier countAll) {
        boolean pageTellsTheTotal = rows.size() < paging.size() && (paging.offset() == 0 || !rows.isEmpty());
        return new ReportPage<>(rows, pageTellsTheTotal ? paging.offset() + rows.size() : countAll.getAsLong());
    }
}
