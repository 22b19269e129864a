package io.backorder.reporting.api;

import io.backorder.reporting.domain.Paging;
import io.backorder.reporting.readmodel.DashboardQueries;
import io.backorder.reporting.readmodel.ReportPage;
import io.backorder.reporting.readmodel.ReportRows.ShipmentLine;
import io.backorder.reporting.readmodel.ShipmentQueries;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard's figures and the shipment history, for the console. */
@Path("/api")
@Produces("application/json")
@Tag(name = "Dashboard")
public class HistoryResource {

    /** A page of shipment lines, newest first. */
    public record ShipmentPage(int page, int size, long total, List<ShipmentLine> shipments) {
    }

    private final DashboardQueries dashboard;
    private final ShipmentQueries shipments;
    private final Clock clock;

    HistoryResource(DashboardQueries dashboard, ShipmentQueries shipments, Clock clock) {
        this.dashboard = dashboard;
        this.shipments = shipments;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/dashboard")
    @Operation(summary = "The backlog now and day by day, aging bands, the items most waited for, and how much of"
            + " the need open purchase orders cover")
    public DashboardQueries.Dashboard dashboard(@QueryParam("days") Integer days) {
        int window = days == null ? 30 : days;
        if (window < 1 || window > 366) {
            throw ReportQuery.invalid("days", "must be between 1 and 366");
        }
        return dashboard.dashboard(window, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/shipments")
    @Operation(summary = "Shipment history per order line (what inventory shipped, and whether the order confirmed"
            + " it), newest first; of one order with ?order=")
    public ShipmentPage shipments(@QueryParam("order") String order, @Valid @BeanParam ReportQuery query) {
        Paging paging = query.paging();
        ReportPage<ShipmentLine> page = shipments.history(order, paging);
        return new ShipmentPage(paging.page(), paging.size(), page.total(), page.rows());
    }
}
