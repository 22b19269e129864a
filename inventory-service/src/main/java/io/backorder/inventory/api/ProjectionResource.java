package io.backorder.inventory.api;

import io.backorder.inventory.readmodel.ViewRebuild;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/projections/rebuild")
@Tag(name = "Projections")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionResource {

    private final ViewRebuild rebuild;

    ProjectionResource(ViewRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** What the rebuild did, and how fast. */
    public record RebuildResponse(long events, int items, int lines, long millis, long eventsPerSecond) {
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Build the item and allocation views again from the event store",
            description = "Drops item_view and line_allocation and replays every stock item event. Commands that"
                    + " change stock wait until it is done.")
    public RebuildResponse rebuild() {
        ViewRebuild.Rebuilt rebuilt = rebuild.rebuild();
        return new RebuildResponse(rebuilt.events(), rebuilt.items(), rebuilt.lines(), rebuilt.millis(),
                rebuilt.eventsPerSecond());
    }
}
