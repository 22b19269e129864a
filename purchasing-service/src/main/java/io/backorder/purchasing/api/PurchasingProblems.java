package io.backorder.purchasing.api;

import io.backorder.purchasing.domain.PurchaseOrder;
import io.backorder.purchasing.domain.PurchasingRefusal;
import io.backorder.purchasing.domain.UnknownPurchaseOrderException;
import io.backorder.purchasing.domain.UnknownSupplierException;
import io.backorder.web.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Purchasing's refusals over HTTP: an unknown purchase order is a 404, a supplier named in a body that does not
 * exist a 400 on that field, a command the order's state does not allow a 409.
 */
public class PurchasingProblems {

    @ServerExceptionMapper
    public Response unknownOrder(UnknownPurchaseOrderException unknown) {
        return Problem.of(Response.Status.NOT_FOUND, unknown.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownSupplier(UnknownSupplierException unknown) {
        return Problem.of(Response.Status.BAD_REQUEST, unknown.getMessage())
                .withErrors(List.of(new Problem.FieldError("supplierId", "no supplier " + unknown.supplierId())))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response expectedTooEarly(PurchaseOrder.ExpectedTooEarly early) {
        return Problem.of(Response.Status.BAD_REQUEST, early.getMessage())
                .withErrors(List.of(new Problem.FieldError("expectedDate", "must not be before today"))).toResponse();
    }

    @ServerExceptionMapper
    public Response refused(PurchasingRefusal refusal) {
        return Problem.of(Response.Status.CONFLICT, refusal.getMessage()).toResponse();
    }
}
