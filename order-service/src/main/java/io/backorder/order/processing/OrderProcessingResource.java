package io.backorder.order.processing;

import io.backorder.web.Problem;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/order-processing")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderProcessingResource {

    private final MultiOrderProcessor processor;

    OrderProcessingResource(MultiOrderProcessor processor) {
        this.processor = processor;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "The multi-order processor: fill, capture, approve and ship a set of orders",
            description = "Answers order by order what it did, or why it skipped the order (still backordered,"
                    + " declined card, nothing to ship).")
    @APIResponse(responseCode = "400", description = "invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProcessingResult process(@NotNull @Valid ProcessingRequest request) {
        return processor.process(request);
    }
}
