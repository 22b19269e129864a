package io.backorder.inventory.api;

import io.backorder.inventory.app.LineCommands;
import io.backorder.web.Problem;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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

@Path("/api/orders/{orderNumber}/lines/{lineNo}")
@Tag(name = "Backorders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LineResource {

    private final LineCommands commands;

    LineResource(LineCommands commands) {
        this.commands = commands;
    }

    /** How many units; absent: all of them. */
    public record Quantity(@Positive @Max(10_000_000) Integer quantity) {
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/force-backorder")
    @Operation(summary = "Force a backorder: release units the line holds, so that other orders can have them",
            description = "The line needs the units again. Body { \"quantity\": n }, or none for every unit it holds.")
    @APIResponse(responseCode = "200", description = "forced; the line's units now")
    @APIResponse(responseCode = "404", description = "no such order line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "more than the line holds; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LineCommands.LineState forceBackorder(
            @PathParam("orderNumber") @Pattern(regexp = "[0-9]{1,16}", message = "must be an order number") String orderNumber,
            @PathParam("lineNo") @Min(1) @Max(500) int lineNo, @Valid Quantity body) {
        return commands.forceBackorder(orderNumber, lineNo, body == null ? null : body.quantity());
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/cancel-backorder")
    @Operation(summary = "Cancel a line's backorder, in whole or in part",
            description = "Body { \"quantity\": n }, or none for every unit it needs. 403 while AllowCancelBackorders is false.")
    @APIResponse(responseCode = "200", description = "cancelled; the line's units now")
    @APIResponse(responseCode = "403", description = "cancelling backorders is switched off",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "more than the line needs; nothing changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LineCommands.LineState cancelBackorder(
            @PathParam("orderNumber") @Pattern(regexp = "[0-9]{1,16}", message = "must be an order number") String orderNumber,
            @PathParam("lineNo") @Min(1) @Max(500) int lineNo, @Valid Quantity body) {
        return commands.cancelBackorder(orderNumber, lineNo, body == null ? null : body.quantity());
    }
}
