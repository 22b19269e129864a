package io.backorder.inventory.api;

import io.backorder.contracts.validation.Skus;
import io.backorder.inventory.app.ItemCatalog;
import io.backorder.inventory.domain.ItemSpec;
import io.backorder.inventory.readmodel.ItemView;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/items/{sku}")
@Tag(name = "Items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemResource {

    private final ItemCatalog catalog;

    ItemResource(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Define an item, or change it",
            description = "initialQuantityOnHand is taken when the item is first defined; later changes of stock go"
                    + " through adjustments and receipts.")
    @APIResponse(responseCode = "201", description = "defined")
    @APIResponse(responseCode = "200", description = "changed, or already so")
    @APIResponse(responseCode = "400", description = "invalid sku or body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("sku") @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN,
                                message = Skus.MESSAGE) String sku,
                        @NotNull @Valid ItemRequest request) {
        boolean created = catalog.define(sku, new ItemSpec(request.description(), request.tracked(), request.discontinued()),
                request.initialQuantityOnHand() == null ? 0 : request.initialQuantityOnHand());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(get(sku)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "An item: on hand, allocated, available, backordered")
    @APIResponse(responseCode = "404", description = "no order or item ever named this sku",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemResponse get(@PathParam("sku") String sku) {
        ItemView item = ItemView.findById(sku);
        if (item == null) {
            throw ProblemException.notFound("no item " + sku);
        }
        return ItemResponse.of(item);
    }
}
