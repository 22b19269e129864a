package io.backorder.order.api;

import io.backorder.order.app.Approvals;
import io.backorder.order.app.OrderCommands;
import io.backorder.order.domain.Shipment;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders/{orderNumber}")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "no such order",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "the order's state does not allow it (cancelled, nothing to ship)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrderCommandResource {

    private final OrderCommands commands;
    private final OrderResource orders;
    private final Clock clock;
    private final Duration answerWait;

    OrderCommandResource(OrderCommands commands, OrderResource orders, Clock clock,
                         @ConfigProperty(name = "backorder.shipping.answer-wait", defaultValue = "5s")
                         Duration answerWait) {
        this.commands = commands;
        this.orders = orders;
        this.clock = clock;
        this.answerWait = answerWait;
    }

    /** Why an order is cancelled. */
    public record Cancellation(@Size(max = 200) String reason) {
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/approve")
    @Operation(summary = "Approve the order", description = "Captures the payment authorization first, if the order"
            + " carries one not yet captured; a declined capture answers 409 and leaves the order unapproved, with"
            + " the gateway's reason on the order. When the payment provider cannot be reached, the capture stays"
            + " asked for (payment.captureAwaited), is made again with the same key until it answers, and the order"
            + " is approved then: 202 with the order.")
    @APIResponse(responseCode = "200", description = "approved")
    @APIResponse(responseCode = "202", description = "the capture waits for the payment provider; approved once it answers")
    public Response approve(@PathParam("orderNumber") @Pattern(regexp = "[0-9]{1,16}") String orderNumber) {
        Approvals.Approval approval = commands.approve(orderNumber);
        if (approval.awaitingCapture()) {
            return Response.accepted(orders.get(orderNumber)).build();
        }
        if (!approval.approved()) {
            throw ProblemException.conflict("order " + orderNumber + " is not approved: payment capture failed ("
                    + approval.declineReason() + ")");
        }
        return Response.ok(orders.get(orderNumber)).build();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/ship")
    @Operation(summary = "Ship what is allocated", description = "Asks inventory, which owns the units, to ship what"
            + " each line holds; a unit counts as shipped only once inventory shipped it. Answers 200 with the order"
            + " once inventory answered every line (a line it refused shows why in the notes), 409 when it shipped"
            + " nothing, and 202 with the order (status.awaitingShipment) when its answer takes longer than"
            + " backorder.shipping.answer-wait; the order page then shows the answer when it comes.")
    @APIResponse(responseCode = "200", description = "inventory shipped units of at least one line")
    @APIResponse(responseCode = "202", description = "asked of inventory, not answered yet")
    public Response ship(@PathParam("orderNumber") @Pattern(regexp = "[0-9]{1,16}") String orderNumber) {
        String shipmentId = commands.ship(orderNumber);
        Optional<Shipment> answer = commands.awaitAnswer(orderNumber, shipmentId, clock.instant().plus(answerWait));
        if (answer.isEmpty()) {
            return Response.accepted(orders.get(orderNumber)).build();
        }
        if (answer.get().unitsShipped() == 0) {
            throw ProblemException.conflict("inventory shipped nothing of order " + orderNumber + ": "
                    + String.join("; ", answer.get().refusals().values()));
        }
        return Response.ok(orders.get(orderNumber)).build();
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the order", description = "Inventory then releases its units and drops what it needs.")
    public OrderResponse cancel(@PathParam("orderNumber") @Pattern(regexp = "[0-9]{1,16}") String orderNumber,
                                @Valid Cancellation cancellation) {
        commands.cancel(orderNumber, cancellation == null || cancellation.reason() == null
                ? "cancelled by an operator" : cancellation.reason());
        return orders.get(orderNumber);
    }
}
