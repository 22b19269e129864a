package io.backorder.inventory.api;

import io.backorder.inventory.app.LineCommands;
import io.backorder.inventory.domain.StockRefusal;
import io.backorder.inventory.domain.UnknownItemException;
import io.backorder.web.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The stock's refusals over HTTP: an unknown item is a 404, a broken rule a 409. */
public class InventoryProblems {

    @ServerExceptionMapper
    public Response unknownItem(UnknownItemException unknown) {
        return Problem.of(Response.Status.NOT_FOUND, unknown.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response disabled(LineCommands.ActionDisabled disabled) {
        return Problem.of(Response.Status.FORBIDDEN, disabled.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unknownLine(LineCommands.UnknownLine unknown) {
        return Problem.of(Response.Status.NOT_FOUND, unknown.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response refused(StockRefusal refusal) {
        return Problem.of(Response.Status.CONFLICT, refusal.getMessage()).toResponse();
    }
}
