package io.backorder.reporting.readmodel;

import java.util.List;

/** One page of a report's rows and how many rows the whole report has. */
public record ReportPage<R>(List<R> rows, long total) {
}
