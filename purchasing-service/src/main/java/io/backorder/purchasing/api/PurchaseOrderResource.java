package io.backorder.purchasing.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.purchasing.app.PurchaseOrderCommands;
import io.backorder.purchasing.app.PurchaseOrderGeneration;
import io.backorder.purchasing.app.ReceiptForwarding;
import io.backorder.purchasing.readmodel.PurchaseOrderView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/purchase-orders")
@Tag(name = "Purchase orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    private static final String PDF = "application/pdf";

    private final PurchaseOrderGeneration generation;
    private final PurchaseOrderCommands commands;
    private final ReceiptForwarding receipts;

    PurchaseOrderResource(PurchaseOrderGeneration generation, PurchaseOrderCommands commands,
                          ReceiptForwarding receipts) {
        this.generation = generation;
        this.commands = commands;
        this.receipts = receipts;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/generate")
    @Operation(summary = "Generate draft purchase orders for what is backordered or below its reorder point",
            description = "One draft per supplier, one line per sku that needs buying. Quantity = units still needed"
                    + " by lines placed within the last includeBackordersDays (default: the IncludeBackordersDefaultDays"
                    + " parameter) + reorder point − available − on order (open purchase orders, drafts included);"
                    + " raised to the minimum quantity, rounded up to the lot size. Discontinued and untracked items,"
                    + " items without a supplier and items already on order are listed under skipped with the reason."
                    + " Generating again right after orders nothing; two generations at once never order the same units.")
    @APIResponse(responseCode = "200", description = "the purchase orders made (possibly none) and the skipped skus",
            content = @Content(schema = @Schema(implementation = PurchaseOrderGeneration.Generation.class)))
    @APIResponse(responseCode = "400", description = "an unknown supplier or a window out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderGeneration.Generation generate(@Valid GenerateRequest request) {
        GenerateRequest body = request == null ? new GenerateRequest(null, null) : request;
        return generation.generate(body.supplierId(), body.includeBackordersDays());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Purchase orders, newest first; of one status or supplier with status, supplierId")
    public List<PurchaseOrderResponse> list(
            @QueryParam("status") @Pattern(regexp = "DRAFT|SENT|PARTIALLY_RECEIVED|RECEIVED|CANCELLED",
                    message = "must be DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED or CANCELLED") String status,
            @QueryParam("supplierId") @Size(max = 64) String supplierId) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        if (supplierId != null) {
            filters.put("supplierId", supplierId);
        }
        String where = filters.keySet().stream().map(name -> name + " = :" + name)
                .collect(Collectors.joining(" and "));
        List<PurchaseOrderView> orders = PurchaseOrderView.list((where.isEmpty() ? "" : where + " ")
                + "order by createdAt desc, poNumber desc", filters);
        return orders.stream().map(PurchaseOrderResponse::of).toList();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{poNumber}")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "A purchase order: status (DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CANCELLED), dates, lines"
            + " with units received")
    @APIResponse(responseCode = "404", description = "no such purchase order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderResponse get(@PathParam("poNumber") @Size(max = 64) String poNumber) {
        return PurchaseOrderResponse.of(view(poNumber));
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{poNumber}/lines/{sku}")
    @Operation(summary = "Set a draft's line: add it, or change its quantity and cost")
    @APIResponse(responseCode = "200", description = "the purchase order")
    @APIResponse(responseCode = "409", description = "the order is no draft any more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderResponse changeLine(@PathParam("poNumber") @Size(max = 64) String poNumber, @PathParam("sku") @Size(max = 64) String sku,
                                            @NotNull @Valid LineRequest request) {
        commands.changeLine(poNumber, sku, request.quantity(), request.unitCost());
        return get(poNumber);
    }

    @DELETE
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{poNumber}/lines/{sku}")
    @Operation(summary = "Take a line off a draft")
    @APIResponse(responseCode = "200", description = "the purchase order")
    @APIResponse(responseCode = "409", description = "the order is no draft any more, or has no such line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderResponse removeLine(@PathParam("poNumber") @Size(max = 64) String poNumber, @PathParam("sku") @Size(max = 64) String sku) {
        commands.removeLine(poNumber, sku);
        return get(poNumber);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{poNumber}/send")
    @Consumes(MediaType.WILDCARD) // the body is optional
    @Operation(summary = "Mark a draft sent to its supplier",
            description = "expectedDate defaults to today plus the supplier's lead time. From now on the waiting lines"
                    + " of its skus are promised dates from it.")
    @APIResponse(responseCode = "200", description = "the purchase order, SENT")
    @APIResponse(responseCode = "400", description = "an expected date before today, or not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the order is not a draft (sent, received or cancelled), or empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderResponse send(@PathParam("poNumber") @Size(max = 64) String poNumber, SendRequest request) {
        commands.send(poNumber, request == null ? null : request.expectedDate());
        return get(poNumber);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{poNumber}/cancel")
    @Consumes(MediaType.WILDCARD) // no body
    @Operation(summary = "Cancel what has not been received of an open order")
    @APIResponse(responseCode = "200", description = "the purchase order, CANCELLED")
    @APIResponse(responseCode = "409", description = "the order is received or cancelled already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PurchaseOrderResponse cancel(@PathParam("poNumber") @Size(max = 64) String poNumber) {
        commands.cancel(poNumber);
        return get(poNumber);
    }

    @POST
    @RolesAllowed(Roles.SCANNER)
    @Path("/{poNumber}/receipts")
    @Operation(summary = "Receive goods against a sent purchase order",
            description = "Checks the order first (sent, still open, ordering the sku), then passes the receipt to"
                    + " inventory-service, which adds the stock; the order counts it when inventory's StockReceived"
                    + " comes back. Scanners may also post receipts with a poNumber to inventory-service directly:"
                    + " those are never refused, and any that do not fit are listed at /api/receipt-exceptions.")
    @APIResponse(responseCode = "201", description = "inventory-service took the receipt (200: it had it already)")
    @APIResponse(responseCode = "404", description = "no such purchase order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the order is closed, not sent, or does not order the sku",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@PathParam("poNumber") @Size(max = 64) String poNumber, @NotNull @Valid ReceiptRequest request) {
        JsonNode taken = receipts.receive(poNumber, new ReceiptForwarding.Receipt(request.receiptId(), request.sku(),
                request.quantity(), request.scannerId()));
        boolean created = taken.path("created").asBoolean(true);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(taken).build();
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{poNumber}/document")
    @Produces({MediaType.TEXT_HTML, PDF})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The purchase order as a document for the supplier: HTML, or PDF",
            description = "Supplier, lines, costs, totals and the expected date. ?format=pdf or html, else the Accept"
                    + " header (application/pdf or text/html); HTML by default.")
    @APIResponse(responseCode = "200", description = "the document",
            content = {@Content(mediaType = MediaType.TEXT_HTML), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "404", description = "no such purchase order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("poNumber") @Size(max = 64) String poNumber,
                             @Parameter(description = "pdf or html") @QueryParam("format") @Size(max = 64) String format,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean pdf = format != null ? format.equalsIgnoreCase("pdf")
                : accept != null && accept.contains(PDF) && !accept.contains(MediaType.TEXT_HTML);
        if (format != null && !pdf && !format.equalsIgnoreCase("html")) {
            throw ProblemException.badRequest("format must be pdf or html",
                    List.of(new Problem.FieldError("format", "must be pdf or html")));
        }
        PurchaseOrderView order = view(poNumber);
        PurchaseOrderDocument document = PurchaseOrderDocument.of(order, SupplierView.findById(order.supplierId));
        if (pdf) {
            return Response.ok(DocumentPdf.render(document), PDF)
                    .header("Content-Disposition", "inline; filename=\"" + poNumber + ".pdf\"").build();
        }
        return Response.ok(DocumentHtml.render(document), MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).build();
    }

    private static PurchaseOrderView view(String poNumber) {
        PurchaseOrderView order = PurchaseOrderView.findById(poNumber);
        if (order == null) {
            throw ProblemException.notFound("no purchase order " + poNumber);
        }
        return order;
    }
}
