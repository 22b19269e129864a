package io.backorder.inventory.api;

import io.backorder.inventory.app.BackorderFills;
import io.backorder.web.Problem;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/backorder-fills")
@Tag(name = "Backorders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FillResource {

    private final BackorderFills fills;

    FillResource(BackorderFills fills) {
        this.fills = fills;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Fill waiting backorders from available stock",
            description = "Oldest orders first (placement time, then order number). onlyCompletableOrders serves an order"
                    + " only if every line it still needs can be served in full now. approveWhenComplete (default"
                    + " true): order-service approves an order the fill completes; capture: its payment is captured"
                    + " first (absent: order-service's CaptureAtFillBackorders decides; the fill's events carry the"
                    + " choice). Answers the fill's totals and, line by line, what was filled and what is still needed;"
                    + " with Prefer: return=minimal, the totals only.")
    @APIResponse(responseCode = "200", description = "what the fill did", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FillAnswer.class)))
    @APIResponse(responseCode = "400", description = "invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FillAnswer> fill(@Valid FillRequest request,
                                         @Parameter(in = ParameterIn.HEADER, name = "Prefer",
                                                 description = "return=minimal: the totals without the lines (RFC 7240)")
                                         @HeaderParam("Prefer") String prefer) {
        FillRequest body = request == null ? new FillRequest(null, null, null, null, null, null) : request;
        BackorderFills.FillOutcome outcome = fills.fill(new BackorderFills.FillCommand(
                body.orderNumbers() == null ? List.of() : body.orderNumbers(),
                body.skus() == null ? List.of() : body.skus(),
                Boolean.TRUE.equals(body.onlyCompletableOrders()),
                body.approveWhenComplete() == null || body.approveWhenComplete(),
                body.shipDate(),
                body.capture()));
        if (ReturnPreference.minimal(prefer)) {
            return RestResponse.ResponseBuilder.ok(FillAnswer.minimal(outcome))
                    .header("Preference-Applied", ReturnPreference.MINIMAL).build();
        }
        return RestResponse.ok(FillAnswer.full(outcome));
    }
}
