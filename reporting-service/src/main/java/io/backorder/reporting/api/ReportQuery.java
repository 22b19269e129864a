package io.backorder.reporting.api;

import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.domain.ReportFilter;
import io.backorder.reporting.domain.ReportFormat;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every report takes: filters, paging, sort and format. */
public class ReportQuery {

    /** Longer than any customer, item, order number, date, field name or format: a filter is never a payload. */
    static final int MAX_TEXT = 200;


    @QueryParam("customer")
    @Size(max = MAX_TEXT)
    @Parameter(description = "a customer id, or part of a customer's name", example = "C-1")
    public String customer;

    @QueryParam("item")
    @Size(max = MAX_TEXT)
    @Parameter(description = "a sku, or part of an item's description", example = "SKU123")
    public String item;

    @QueryParam("order")
    @Size(max = MAX_TEXT)
    @Parameter(description = "one order number", example = "1001")
    public String order;

    @QueryParam("from")
    @Size(max = MAX_TEXT)
    @Parameter(description = "orders placed on or after this day (UTC)", example = "2026-11-01")
    public String from;

    @QueryParam("to")
    @Size(max = MAX_TEXT)
    @Parameter(description = "orders placed on or before this day (UTC)", example = "2026-11-30")
    public String to;

    @QueryParam("page")
    @Parameter(description = "page number, from 0", example = "0")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "rows per page: 50 by default for JSON, everything (up to 10000) for CSV and HTML")
    public Integer size;

    @QueryParam("sort")
    @Size(max = MAX_TEXT)
    @Parameter(description = "a field of the rows, '-' first for descending", example = "-unitsNeeded")
    public String sort;

    @QueryParam("format")
    @Size(max = MAX_TEXT)
    @Parameter(description = "json, csv or html; otherwise the Accept header decides", example = "csv")
    public String format;

    @HeaderParam("Accept")
    public String accept;

    public ReportFormat reportFormat() {
        try {
            return ReportFormat.choose(format, accept == null ? List.of() : Arrays.asList(accept.split(",")));
        } catch (IllegalArgumentException e) {
            throw invalid("format", e.getMessage());
        }
    }

    public ReportFilter filter() {
        try {
            return new ReportFilter(customer, item, order, date("from", from), date("to", to));
        } catch (IllegalArgumentException e) {
            throw invalid("from", e.getMessage());
        }
    }

    public Paging paging() {
        try {
            return Paging.of(page, size, reportFormat());
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage().startsWith("page") ? "page" : "size", e.getMessage());
        }
    }

    static ProblemException invalid(String field, String message) {
        return ProblemException.badRequest(field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "must be a date like 2026-11-27, not " + value);
        }
    }
}
