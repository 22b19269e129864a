package io.backorder.inventory.api;

import io.backorder.contracts.warehouse.ReceiptScanned;
import io.backorder.inventory.app.ReceiptResult;
import io.backorder.inventory.app.Receipts;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/receipts")
@Tag(name = "Receipts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    private final Receipts receipts;

    ReceiptResource(Receipts receipts) {
        this.receipts = receipts;
    }

    @POST
    @RolesAllowed(Roles.SCANNER)
    @Operation(summary = "Take a receipt scanned at the dock",
            description = "Idempotent by receiptId: the same receipt again answers 200 and adds nothing. Waiting"
                    + " backorders stay waiting until they are filled.")
    @APIResponse(responseCode = "201", description = "received",
            content = @Content(schema = @Schema(implementation = ReceiptResult.class)))
    @APIResponse(responseCode = "200", description = "already received")
    @APIResponse(responseCode = "404", description = "the item is not defined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the receipt id was taken before for other goods",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@NotNull @Valid ReceiptScanned receipt) {
        ReceiptResult result = receipts.receive(receipt);
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK).entity(result).build();
    }
}
