package io.backorder.reporting.app;

import io.backorder.reporting.domain.Column;
import java.util.List;

/**
 * A report as printed and exported: its name in paths and file names, its title, its columns, and
 * the report-name parameter that chooses its template (null: always the built-in one), with the
 * older name of that parameter still honoured.
 */
public record ReportDefinition<R>(String name, String title, List<Column<R>> columns, String templateParameter,
                                  String olderTemplateParameter) {
}
