package io.backorder.reporting.api;

import io.backorder.reporting.readmodel.ProjectionGate;
import io.backorder.reporting.readmodel.ProjectionRebuild;
import io.backorder.reporting.readmodel.ProjectionStatus;
import io.backorder.reporting.readmodel.ProjectionStatus.TopicLag;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How far the read models are behind the topics, and their rebuild. */
@Path("/api/projections")
@Produces("application/json")
@Tag(name = "Projections")
public class ProjectionResource {

    /** Lag per topic, whether a rebuild is running, and what the last one did. */
    public record Status(List<TopicLag> topics, long totalLag, boolean upToDate, boolean rebuilding,
                         ProjectionRebuild.Result lastRebuild) {
    }

    private final ProjectionStatus status;
    private final ProjectionRebuild rebuild;
    private final ProjectionGate gate;

    ProjectionResource(ProjectionStatus status, ProjectionRebuild rebuild, ProjectionGate gate) {
        this.status = status;
        this.rebuild = rebuild;
        this.gate = gate;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Path("/status")
    @Operation(summary = "Per projected topic: records on it, records reporting has committed, and the lag")
    public Status status() {
        List<TopicLag> lags = status.lags();
        long total = lags.stream().mapToLong(TopicLag::lag).sum();
        return new Status(lags, total, total == 0, gate.closed(), rebuild.last());
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/rebuild")
    @Operation(summary = "Drops the read models and reads every projected topic again from the start, in one"
            + " transaction; reports show the old figures until it is done. Answers when it is done")
    public ProjectionRebuild.Result rebuild() {
        return rebuild.rebuild();
    }
}
