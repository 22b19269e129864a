package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.LineAllocationView;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import io.backorder.inventory.readmodel.OrderPlacementView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/{orderNumber}/allocation")
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Per line of an order: units allocated, units needed; whether inventory heard of its approval")
    @APIResponse(responseCode = "404", description = "inventory has not seen this order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AllocationResponse get(@PathParam("orderNumber") String orderNumber) {
        List<LineAllocationView> lines = LineAllocationView.ofOrder(orderNumber);
        if (lines.isEmpty()) {
            throw ProblemException.notFound("inventory has no allocation for order " + orderNumber);
        }
        OrderPlacementView placement = OrderPlacementView.findById(orderNumber);
        return AllocationResponse.of(orderNumber, placement != null && placement.approved, lines);
    }
}
