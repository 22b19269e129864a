package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.DemandReport;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/demand/{sku}")
@Tag(name = "Promised dates")
@Produces(MediaType.APPLICATION_JSON)
public class DemandResource {

    private final DemandReport report;

    DemandResource(DemandReport report) {
        this.report = report;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "What purchasing knows of a sku from inventory.events",
            description = "How inventory keeps it, units on hand, allocated and available, the waiting lines with their"
                    + " placement times, and the units open purchase orders bring: what generation and promised dates"
                    + " are worked out from. It follows inventory a moment behind.")
    @APIResponse(responseCode = "404", description = "inventory never spoke of this sku",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DemandReport.Demand get(@PathParam("sku") @Size(max = 64) String sku) {
        return report.find(sku).orElseThrow(() -> ProblemException.notFound("inventory never spoke of " + sku));
    }
}
