package io.backorder.reporting.api;

import io.backorder.reporting.readmodel.LiveChanges;
import io.backorder.web.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Server-sent events for open console pages: a "change" whenever projected records were committed,
 * and a keep-alive every 20 seconds so that proxies do not close an idle stream.
 */
@Path("/api/live")
@Tag(name = "Dashboard")
public class LiveResource {

    private final LiveChanges changes;

    LiveResource(LiveChanges changes) {
        this.changes = changes;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "A stream of changes of the read models (server-sent events)")
    public Multi<LiveChanges.Change> stream() {
        Multi<LiveChanges.Change> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(20))
                .map(tick -> new LiveChanges.Change("keep-alive", 0, Instant.now()));
        return Multi.createBy().merging().streams(changes.stream(), keepAlive);
    }
}
