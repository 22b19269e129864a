package io.backorder.purchasing.api;

import io.backorder.contracts.validation.Skus;
import io.backorder.purchasing.app.SupplierCatalog;
import io.backorder.purchasing.domain.SupplierTerms;
import io.backorder.purchasing.readmodel.SupplierItemView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier-items")
@Tag(name = "Suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierItemResource {

    private final SupplierCatalog catalog;

    SupplierItemResource(SupplierCatalog catalog) {
        this.catalog = catalog;
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{sku}")
    @Operation(summary = "Say how a sku is bought",
            description = "Its primary supplier, the supplier's unit cost, the least quantity the supplier takes"
                    + " (minimumQuantity, default 1), the lot size orders are rounded up to (lotSize, default 1) and the"
                    + " reorder point (reorderPoint, default 0): available units below it are bought back up to it.")
    @APIResponse(responseCode = "201", description = "defined",
            content = @Content(schema = @Schema(implementation = SupplierItemResponse.class)))
    @APIResponse(responseCode = "200", description = "changed, or already so")
    @APIResponse(responseCode = "400", description = "invalid sku or body, or a supplier nobody defined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("sku") @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN,
                                message = Skus.MESSAGE) String sku,
                        @NotNull @Valid SupplierItemRequest request) {
        boolean created = catalog.defineItem(sku, new SupplierTerms(request.supplierId(), request.unitCost(),
                orDefault(request.minimumQuantity(), 1), orDefault(request.lotSize(), 1),
                orDefault(request.reorderPoint(), 0)));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(get(sku)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{sku}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "How one sku is bought")
    @APIResponse(responseCode = "404", description = "no supplier item for this sku",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierItemResponse get(@PathParam("sku") @Size(max = 64) String sku) {
        SupplierItemView item = SupplierItemView.findById(sku);
        if (item == null) {
            throw ProblemException.notFound("no supplier item " + sku);
        }
        return SupplierItemResponse.of(item);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Supplier items, by sku; of one supplier with supplierId")
    public List<SupplierItemResponse> list(@QueryParam("supplierId") @Size(max = 64) String supplierId) {
        List<SupplierItemView> items = supplierId == null ? SupplierItemView.list("order by sku")
                : SupplierItemView.list("supplierId = ?1 order by sku", supplierId);
        return items.stream().map(SupplierItemResponse::of).toList();
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
