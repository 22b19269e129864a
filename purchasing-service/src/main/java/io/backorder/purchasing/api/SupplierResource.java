package io.backorder.purchasing.api;

import io.backorder.contracts.validation.Skus;
import io.backorder.purchasing.app.SupplierCatalog;
import io.backorder.purchasing.domain.SupplierSpec;
import io.backorder.purchasing.readmodel.SupplierView;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/suppliers")
@Tag(name = "Suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private final SupplierCatalog catalog;

    SupplierResource(SupplierCatalog catalog) {
        this.catalog = catalog;
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{supplierId}")
    @Operation(summary = "Define a supplier, or change it",
            description = "leadTimeDays is how many days after sending a purchase order its goods are expected.")
    @APIResponse(responseCode = "201", description = "defined",
            content = @Content(schema = @Schema(implementation = SupplierResponse.class)))
    @APIResponse(responseCode = "200", description = "changed, or already so")
    @APIResponse(responseCode = "400", description = "invalid supplier id or body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("supplierId") @Size(max = Skus.MAX_LENGTH) @Pattern(regexp = Skus.PATTERN,
                                message = Skus.MESSAGE) String supplierId,
                        @NotNull @Valid SupplierRequest request) {
        boolean created = catalog.defineSupplier(supplierId,
                new SupplierSpec(request.name().strip(), request.email(), request.leadTimeDays()));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(get(supplierId)).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{supplierId}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "One supplier")
    @APIResponse(responseCode = "404", description = "no such supplier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SupplierResponse get(@PathParam("supplierId") @Size(max = 64) String supplierId) {
        SupplierView supplier = SupplierView.findById(supplierId);
        if (supplier == null) {
            throw ProblemException.notFound("no supplier " + supplierId);
        }
        return SupplierResponse.of(supplier);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Every supplier, by id")
    public List<SupplierResponse> list() {
        return SupplierView.<SupplierView>list("order by supplierId").stream().map(SupplierResponse::of).toList();
    }
}
