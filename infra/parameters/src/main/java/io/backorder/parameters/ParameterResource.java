package io.backorder.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/parameters")
@Tag(name = "Parameters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParameterResource {

    private final Parameters parameters;
    /** Who changes a parameter: the authenticated user, never a header (an X-Operator header is ignored). */
    private final SecurityIdentity identity;

    ParameterResource(Parameters parameters, SecurityIdentity identity) {
        this.parameters = parameters;
        this.identity = identity;
    }

    /** A new value: a boolean, a whole number or a text, as the parameter's type says. */
    public record ParameterChange(@NotNull JsonNode value) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    @Operation(summary = "This service's parameters, each with its value, default, and who changed it when")
    public List<Parameters.ParameterState> list() {
        return parameters.list();
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.ADMIN})
    @Path("/{name}")
    @Operation(summary = "One parameter, with its value, default, and who changed it when")
    @APIResponse(responseCode = "404", description = "no such parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Parameters.ParameterState get(@PathParam("name") String name) {
        try {
            return parameters.get(name);
        } catch (UnknownParameterException unknown) {
            throw ProblemException.notFound(unknown.getMessage());
        }
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/{name}")
    @Operation(summary = "Change a parameter at run time", description = "Takes effect at once on this instance and, as"
            + " soon as its ParameterChanged event reaches them, on the others (30 s at the latest); the change is"
            + " recorded as that event, with who (the authenticated user) and when.")
    @APIResponse(responseCode = "404", description = "no such parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "a value of the wrong type or out of bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Parameters.ParameterState change(@PathParam("name") String name, @NotNull ParameterChange change) {
        try {
            return parameters.change(name, change.value(), identity.getPrincipal().getName());
        } catch (UnknownParameterException unknown) {
            throw ProblemException.notFound(unknown.getMessage());
        } catch (IllegalArgumentException wrongValue) {
            throw ProblemException.badRequest(name + " " + wrongValue.getMessage(),
                    List.of(new Problem.FieldError("value", wrongValue.getMessage())));
        }
    }
}
