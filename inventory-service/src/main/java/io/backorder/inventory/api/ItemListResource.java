package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.ItemQueries;
import io.backorder.web.Problem;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The item list: what an operator picks from to receive or adjust, page by page. */
@Path("/api/items")
@Tag(name = "Items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemListResource {

    /** Pages hold at most this many items, so that no call reads the whole catalogue. */
    public static final int MAX_PAGE_SIZE = 200;

    private final ItemQueries queries;

    ItemListResource(ItemQueries queries) {
        this.queries = queries;
    }

    /** A page of the item list; total counts every item that matches. */
    public record ItemListPage(List<ItemResponse> items, int page, int size, long total) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A page of items, by sku",
            description = "sku keeps the items whose sku contains it (any case); backordered=true keeps the items some"
                    + " order line still waits for. Pages start at 0; size is at most " + MAX_PAGE_SIZE + ".")
    @APIResponse(responseCode = "200", description = "a page of items",
            content = @Content(schema = @Schema(implementation = ItemListPage.class), examples = @ExampleObject(
                    name = "widgets", value = """
                            { "items": [ { "sku": "SKU123", "description": "Blue widget", "defined": true,
                                           "tracked": true, "discontinued": false, "onHand": 5, "allocated": 5,
                                           "available": 0, "backordered": 3 } ],
                              "page": 0, "size": 50, "total": 1 }""")))
    @APIResponse(responseCode = "400", description = "a page below 0, or a size below 1 or above " + MAX_PAGE_SIZE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ItemListPage list(
            @Parameter(description = "part of the sku, any case") @QueryParam("sku") @Size(max = 64) String sku,
            @Parameter(description = "only items some line waits for") @QueryParam("backordered")
            @DefaultValue("false") boolean backordered,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        ItemQueries.ItemPage found = queries.page(sku, backordered, page, size);
        return new ItemListPage(found.items().stream().map(ItemResponse::of).toList(), page, size, found.total());
    }
}
