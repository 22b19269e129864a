package io.backorder.order.api;

import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.order.app.ImportedOrder;
import io.backorder.order.app.OrderImports;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/order-imports")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderImportResource {

    private final OrderImports imports;

    OrderImportResource(OrderImports imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed(Roles.STOREFRONT)
    @Operation(summary = "Import a batch of storefront orders",
            description = "All or nothing: one invalid order refuses the whole batch. Orders already imported are"
                    + " answered with their existing numbers.")
    @APIResponse(responseCode = "200", description = "the import id and each order's number")
    @APIResponse(responseCode = "400", description = "an invalid order or batch; the fields at fault are listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderImportResponse importBatch(@NotNull @Valid OrderImportRequest request) {
        refuseRepeats(request.orders());
        String importId = "import-" + UUID.randomUUID();
        List<ImportedOrder> imported = imports.importBatch(request.orders(), importId);
        int created = (int) imported.stream().filter(ImportedOrder::created).count();
        return new OrderImportResponse(importId, created, imported.size() - created, imported.stream()
                .map(order -> new OrderImportResponse.Imported(order.storefrontOrderId(), order.orderNumber(),
                        order.created()))
                .toList());
    }

    private static void refuseRepeats(List<OrderPlaced> orders) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < orders.size(); i++) {
            if (!seen.add(orders.get(i).storefrontOrderId())) {
                throw ProblemException.badRequest("a batch names each storefront order once",
                        List.of(new Problem.FieldError("orders[" + i + "].storefrontOrderId",
                                "repeats " + orders.get(i).storefrontOrderId())));
            }
        }
    }
}
