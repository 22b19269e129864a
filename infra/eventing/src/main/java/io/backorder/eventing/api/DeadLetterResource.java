package io.backorder.eventing.api;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.DeadLetter;
import io.backorder.eventing.DeadLetterStore;
import io.backorder.eventing.EventingException;
import io.backorder.eventing.quarkus.DeadLetterRetries;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The records this service's consumers refused as poison: each also went to its topic's
 * {@code .dlq} with the reason. An operator who fixed the cause (defined the item, say) sends one
 * again with a retry, which is handled once.
 */
@Path("/api/dead-letters")
@Tag(name = "Dead letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final AgroalDataSource dataSource;
    private final DeadLetterStore store;
    private final DeadLetterRetries retries;

    DeadLetterResource(AgroalDataSource dataSource, DeadLetterStore store, DeadLetterRetries retries) {
        this.dataSource = dataSource;
        this.store = store;
        this.retries = retries;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The dead letters of this service's consumers, newest first",
            description = "Filter by consumer (for example inventory-service.warehouse-receipts) or by the topic the"
                    + " record was read from (for example warehouse.receipts).")
    public DeadLetterPage list(@QueryParam("consumer") @Size(max = 128) String consumer,
                               @QueryParam("topic") @Size(max = 249) String topic,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        DeadLetterStore.Page found = read(connection -> store.page(connection,
                new DeadLetterStore.Query(blankToNull(consumer), blankToNull(topic), page, size)));
        return new DeadLetterPage(found.deadLetters().stream().map(DeadLetterResponse::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/{id}")
    @Operation(summary = "One dead letter: the record as it was read, why it was refused, and any retry")
    @APIResponse(responseCode = "404", description = "no such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterResponse get(@PathParam("id") long id) {
        DeadLetter letter = read(connection -> store.find(connection, id))
                .orElseThrow(() -> ProblemException.notFound("there is no dead letter " + id));
        return DeadLetterResponse.of(letter);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/retry")
    @Operation(summary = "Send a dead letter again through the consumer that refused it",
            description = "Runs the record through the same handler, in one transaction that also marks the dead letter"
                    + " retried. Handled once: a second retry answers 409. Refused again: 422 with the reason,"
                    + " nothing is kept and the dead letter stays retryable.")
    @APIResponse(responseCode = "200", description = "handled; the dead letter is marked retried")
    @APIResponse(responseCode = "404", description = "no such dead letter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "already retried and handled, or its consumer does not run here",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "refused again, with the reason; still retryable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeadLetterResponse retry(@PathParam("id") long id) {
        DeadLetterRetries.Result result = retries.retry(id);
        return switch (result.outcome()) {
            case HANDLED -> DeadLetterResponse.of(result.deadLetter().orElseThrow());
            case NO_SUCH_DEAD_LETTER -> throw ProblemException.notFound(result.detail());
            case ALREADY_RETRIED, NO_SUCH_CONSUMER -> throw ProblemException.conflict(result.detail());
            case REFUSED_AGAIN -> throw new ProblemException(422, "Unprocessable Content",
                    "dead letter " + id + " was refused again and stays retryable: " + result.detail());
        };
    }

    private <T> T read(Function<Connection, T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.apply(connection);
        } catch (SQLException e) {
            throw new EventingException("no database connection", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
