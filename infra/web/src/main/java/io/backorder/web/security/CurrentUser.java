package io.backorder.web.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who is calling: the console asks it after a login to show only what the user's roles allow.
 * Every service answers it, so that a client can check its credentials against the service it calls.
 */
@Path("/api/me")
@Tag(name = "Who am I")
@Produces(MediaType.APPLICATION_JSON)
public class CurrentUser {

    /** The caller's name and roles, sorted. */
    public record Me(String name, List<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Operation(summary = "The authenticated caller's name and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }
}
