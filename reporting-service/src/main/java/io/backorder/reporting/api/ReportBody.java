package io.backorder.reporting.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A report as JSON: which report, when, narrowed how, which page of how many rows, and the rows. */
public record ReportBody<R>(String report, String title, Instant generatedAt, Map<String, String> filters, int page,
                            int size, long total, List<R> rows) {
}
