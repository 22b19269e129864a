package io.backorder.order.api;

import io.backorder.order.domain.OrderRefusal;
import io.backorder.order.domain.UnknownOrderException;
import io.backorder.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** An order's refusals over HTTP: an unknown order is a 404, a command its state forbids a 409. */
public class OrderProblems {

    @ServerExceptionMapper
    public Response unknown(UnknownOrderException unknown) {
        return Problem.of(Response.Status.NOT_FOUND, unknown.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response refused(OrderRefusal refusal) {
        return Problem.of(Response.Status.CONFLICT, refusal.getMessage()).toResponse();
    }
}
