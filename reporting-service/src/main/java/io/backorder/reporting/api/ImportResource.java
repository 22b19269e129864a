package io.backorder.reporting.api;

import io.backorder.reporting.readmodel.ImportQueries;
import io.backorder.reporting.readmodel.ReportPage;
import io.backorder.reporting.readmodel.ReportRows.ImportSummary;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The New Backorders report of each import (the importId that order-service's
 * {@code POST /api/order-imports} answers), kept while PrintNewBackordersReportAtImport is set.
 */
@Path("/api/imports")
@Produces({"application/json", "text/csv", "text/html"})
@Tag(name = "Reports")
public class ImportResource {

    private final ImportQueries imports;
    private final NewBackordersReport report;

    ImportResource(ImportQueries imports, NewBackordersReport report) {
        this.imports = imports;
        this.report = report;
    }

    /** A page of imports with their counts. */
    public record ImportList(int page, int size, long total, java.util.List<ImportSummary> imports) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Produces("application/json")
    @Operation(summary = "The imports whose New Backorders report is kept, newest first")
    public ImportList list(@Valid @BeanParam ReportQuery query) {
        var paging = query.paging();
        ReportPage<ImportSummary> page = imports.kept(paging);
        return new ImportList(paging.page(), paging.size(), page.total(), page.rows());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{importId}/new-backorders")
    @Operation(summary = "New Backorders of one import: the lines it could not serve from stock, and what each still"
            + " needs; 404 when there is no such import or its report was not kept")
    public Response newBackorders(@PathParam("importId") String importId, @Valid @BeanParam ReportQuery query) {
        return report.respond(importId, query);
    }
}
