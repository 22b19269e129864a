package io.backorder.reporting.api;

import io.backorder.parameters.Parameters;
import io.backorder.reporting.app.ReportDefinition;
import io.backorder.reporting.app.Reports;
import io.backorder.reporting.domain.ReportFilter;
import io.backorder.reporting.readmodel.ReportPage;
import io.backorder.reporting.readmodel.ReportQueries;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seed's backorder reports. Each answers JSON, CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}) or printable HTML ({@code Accept: text/html} or {@code ?format=html}).
 */
@Path("/api/reports")
@Produces({"application/json", "text/csv", "text/html"})
@Tag(name = "Reports")
public class ReportResource {

    static final String DAYS_PARAMETER = "ViewInventoryBackorderDays";

    private final ReportQueries queries;
    private final ReportResponder responder;
    private final Parameters parameters;
    private final Clock clock;
    private final NewBackordersReport newBackorders;

    ReportResource(ReportQueries queries, ReportResponder responder, Parameters parameters, Clock clock,
                   NewBackordersReport newBackorders) {
        this.newBackorders = newBackorders;
        this.queries = queries;
        this.responder = responder;
        this.parameters = parameters;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/backorders-by-customer")
    @Operation(summary = "Backorders by Customer: per customer, orders and lines waiting, units needed, oldest")
    public Response byCustomer(@Valid @BeanParam ReportQuery query) {
        return respond(query, Reports.BY_CUSTOMER.title(), Map.of(), Reports.BY_CUSTOMER,
                () -> queries.byCustomer(query.filter(), query.paging(), query.sort, today()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/backorders-by-order")
    @Operation(summary = "Backorders by Order Number: every waiting line with customer, item, needed, placed, age,"
            + " supplier, open purchase order and promised date")
    public Response byOrder(@Valid @BeanParam ReportQuery query) {
        return respond(query, Reports.BY_ORDER.title(), Map.of(), Reports.BY_ORDER,
                () -> queries.byOrder(query.filter(), query.paging(), query.sort, today()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/backorder-summary")
    @Operation(summary = "Backorder Summary: per item, units needed, orders waiting, oldest, on order, on hand,"
            + " promised date")
    public Response summary(@Valid @BeanParam ReportQuery query) {
        return respond(query, Reports.SUMMARY.title(), Map.of(), Reports.SUMMARY,
                () -> queries.summary(query.filter(), query.paging(), query.sort, today()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/not-shipped")
    @Operation(summary = "Quantity Not Shipped & Backordered: per item over orders placed in the last N days"
            + " (default ViewInventoryBackorderDays)")
    public Response notShipped(@Valid @BeanParam ReportQuery query,
                               @Parameter(description = "days to look back, today included", example = "30")
                               @QueryParam("days") Integer days) {
        int window = days == null ? parameters.integer(DAYS_PARAMETER) : days;
        if (window < 1 || window > 3650) {
            throw ReportQuery.invalid("days", "must be between 1 and 3650");
        }
        String title = Reports.NOT_SHIPPED.title() + ", last " + window + " days";
        return respond(query, title, Map.of("days", Integer.toString(window)), Reports.NOT_SHIPPED,
                () -> queries.notShipped(window, query.filter(), query.paging(), query.sort, today()));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/quantity-not-shipped")
    @Operation(summary = "The same as /api/reports/not-shipped, under its name in CONTRACT.md")
    public Response quantityNotShipped(@Valid @BeanParam ReportQuery query, @QueryParam("days") Integer days) {
        return notShipped(query, days);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/new-backorders")
    @Operation(summary = "The same as /api/imports/{importId}/new-backorders, under its name in CONTRACT.md")
    public Response newBackorders(@QueryParam("importId") String importId, @Valid @BeanParam ReportQuery query) {
        if (importId == null || importId.isBlank()) {
            throw ReportQuery.invalid("importId", "is required");
        }
        return newBackorders.respond(importId, query);
    }

    private <R> Response respond(ReportQuery query, String title, Map<String, String> extra,
                                 ReportDefinition<R> report,
                                 Supplier<ReportPage<R>> rows) {
        ReportFilter filter = query.filter();
        ReportPage<R> page;
        try {
            page = rows.get();
        } catch (IllegalArgumentException e) {
            throw ReportQuery.invalid("sort", e.getMessage());
        }
        Map<String, String> filters = new LinkedHashMap<>(extra);
        filters.putAll(filter.described());
        return responder.respond(report, title, query.reportFormat(), filters, query.paging(), page);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
