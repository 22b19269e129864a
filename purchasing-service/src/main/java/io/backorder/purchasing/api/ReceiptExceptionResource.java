package io.backorder.purchasing.api;

import io.backorder.purchasing.readmodel.ReceiptExceptionView;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/receipt-exceptions")
@Tag(name = "Purchase orders")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptExceptionResource {

    /** A receipt that did not simply match an open line; its units are in stock all the same. */
    public record ReceiptExceptionResponse(String receiptId, String poNumber, String sku, String kind, int quantity,
                                           int units, String detail, Instant receivedAt) {
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Receipts out of the ordinary, newest first; of one purchase order with poNumber",
            description = "kind: UNKNOWN_PURCHASE_ORDER (no order has that number), AFTER_CLOSE (the order was received"
                    + " or cancelled), NOT_ON_ORDER (the order does not name the sku), OVER_RECEIVED (units beyond what"
                    + " the line ordered: units)")
    public List<ReceiptExceptionResponse> list(@QueryParam("poNumber") @Size(max = 64) String poNumber) {
        List<ReceiptExceptionView> found = poNumber == null ? ReceiptExceptionView.list("order by receivedAt desc")
                : ReceiptExceptionView.list("poNumber = ?1 order by receivedAt desc", poNumber);
        return found.stream().map(e -> new ReceiptExceptionResponse(e.receiptId, e.poNumber, e.sku, e.kind, e.quantity,
                e.units, e.detail, e.receivedAt)).toList();
    }
}
