package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.LinePromiseView;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/promised-dates")
@Tag(name = "Promised dates")
@Produces(MediaType.APPLICATION_JSON)
public class PromisedDateResource {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The promised dates of waiting lines, of one order or one sku",
            description = "Each waiting line: IN_STOCK (units on hand cover it; it waits for a fill), ON_ORDER with the"
                    + " date its last unit is expected and the purchase order that brings it (late: that order is"
                    + " overdue), or NOT_ON_ORDER. Lines are served oldest first, as the fill rule serves them. The same"
                    + " is published as PromisedDateChanged on purchasing.events, a moment after a change.")
    @APIResponse(responseCode = "400", description = "neither orderNumber nor sku given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PromisedDateResponse> list(@QueryParam("orderNumber") @Size(max = 64) String orderNumber,
                                           @QueryParam("sku") @Size(max = 64) String sku) {
        List<LinePromiseView> promises;
        if (orderNumber != null) {
            promises = LinePromiseView.list("orderNumber = ?1 order by lineNo", orderNumber);
        } else if (sku != null) {
            promises = LinePromiseView.list("sku = ?1 order by promisedDate nulls last, orderNumber, lineNo", sku);
        } else {
            throw ProblemException.badRequest("say which lines: orderNumber or sku", List.of(
                    new Problem.FieldError("orderNumber", "orderNumber or sku is required")));
        }
        return promises.stream().map(PromisedDateResponse::of).toList();
    }
}
