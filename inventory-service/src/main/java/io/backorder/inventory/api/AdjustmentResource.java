package io.backorder.inventory.api;

import io.backorder.contracts.validation.Skus;
import io.backorder.inventory.app.Adjustments;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/items/{sku}/adjustments")
@Tag(name = "Items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    private final Adjustments adjustments;

    AdjustmentResource(Adjustments adjustments) {
        this.adjustments = adjustments;
    }

    /** The count after an adjustment. */
    public record Adjusted(String sku, int delta, String reason, int onHandAfter) {
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Correct the units on hand", description = "A compensating entry (StockAdjusted), never an overwrite.")
    @APIResponse(responseCode = "200", description = "adjusted")
    @APIResponse(responseCode = "404", description = "the item is not defined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the count would fall below zero, or the delta is zero",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Adjusted adjust(@PathParam("sku") @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
                           @NotNull @Valid AdjustmentRequest request) {
        if (request.delta() == 0) {
            throw ProblemException.badRequest("an adjustment changes the count",
                    java.util.List.of(new Problem.FieldError("delta", "must not be 0")));
        }
        int onHand = adjustments.adjust(sku, request.delta(), request.reason());
        return new Adjusted(sku, request.delta(), request.reason(), onHand);
    }
}
