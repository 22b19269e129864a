package io.backorder.eventing.api;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.SetAsideRows;
import io.backorder.eventing.quarkus.RelayLifecycle;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox rows the relay set aside because they could not be sent (too large for the broker, a
 * topic that does not exist): counted and listed, and put back in line by an operator once the
 * cause is fixed.
 */
@Path("/api/outbox")
@Tag(name = "Outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    private final AgroalDataSource dataSource;
    private final SetAsideRows rows;
    private final RelayLifecycle relay;

    OutboxResource(AgroalDataSource dataSource, SetAsideRows rows, RelayLifecycle relay) {
        this.dataSource = dataSource;
        this.rows = rows;
        this.relay = relay;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/set-aside")
    @Operation(summary = "Outbox rows set aside after their last failed attempt, oldest first, with their count",
            description = "Each row says its topic, key, event id, payload size, attempts and the last failure;"
                    + " the payload itself is not shown.")
    public SetAsideRows.Page setAside(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return inConnection(connection -> rows.page(connection, page, size));
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{position}/retry")
    @Operation(summary = "Put a set-aside row back in line",
            description = "The relay sends it in its next round, before newer rows, with its attempts counted afresh.")
    @APIResponse(responseCode = "202", description = "queued for the next round")
    @APIResponse(responseCode = "404", description = "no outbox row at that position (a published row is deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the row is not set aside: it is waiting to be published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("position") long position) {
        SetAsideRows.Retry retry = inConnection(connection -> rows.retry(connection, position));
        return switch (retry) {
            case QUEUED -> {
                relay.wakeUp();
                yield Response.accepted(inConnection(connection -> rows.find(connection, position)).orElseThrow()).build();
            }
            case NOT_SET_ASIDE -> throw ProblemException.conflict("outbox row " + position
                    + " is not set aside: it is waiting to be published");
            case NO_SUCH_ROW -> throw ProblemException.notFound("there is no outbox row " + position
                    + " (the relay deletes a row once it is published)");
        };
    }

    private <T> T inConnection(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new EventingException("no database connection", e);
        }
    }
}
