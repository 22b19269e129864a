package io.backorder.order.api;

import io.backorder.contracts.storefront.OrderPlaced;
import io.backorder.order.app.ImportedOrder;
import io.backorder.order.app.OrderImports;
import io.backorder.order.readmodel.OrderQueries;
import io.backorder.order.readmodel.OrderView;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderImports imports;
    private final OrderQueries queries;

    OrderResource(OrderImports imports, OrderQueries queries) {
        this.imports = imports;
        this.queries = queries;
    }

    /** A page of the order list. */
    public record OrderListPage(List<OrderSummary> orders, int page, int size, long total) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A page of orders, oldest placed first",
            description = "backordered=true keeps the orders with a line that still needs units.")
    public OrderListPage list(@QueryParam("backordered") @DefaultValue("false") boolean backordered,
                              @QueryParam("customerId") @Size(max = 64) String customerId,
                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        OrderQueries.OrderPage found = queries.page(customerId, backordered, page, size);
        return new OrderListPage(found.orders().stream().map(OrderSummary::of).toList(), page, size, found.total());
    }

    @POST
    @RolesAllowed(Roles.STOREFRONT)
    @Operation(summary = "Import one order placed on a storefront",
            description = "The same storefrontOrderId again answers 200 with the existing order and changes nothing.")
    @APIResponse(responseCode = "201", description = "imported",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)))
    @APIResponse(responseCode = "200", description = "already imported; the existing order")
    @APIResponse(responseCode = "400", description = "invalid order; the fields at fault are listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importOrder(@NotNull @Valid OrderPlaced order, @jakarta.ws.rs.core.Context UriInfo uri) {
        ImportedOrder imported = imports.importOne(order, "api-" + UUID.randomUUID());
        OrderResponse body = find(imported.orderNumber());
        if (!imported.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(imported.orderNumber()).build()).entity(body).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{orderNumber}")
    @Operation(summary = "An order: customer, status and each line's quantity, allocated, needed, shipped and cancelled")
    @APIResponse(responseCode = "404", description = "no such order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrderResponse get(@PathParam("orderNumber") String orderNumber) {
        return find(orderNumber);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    OrderResponse find(String orderNumber) {
        OrderView order = OrderView.findById(orderNumber);
        if (order == null) {
            throw ProblemException.notFound("no order " + orderNumber);
        }
        return OrderResponse.of(order);
    }
}
