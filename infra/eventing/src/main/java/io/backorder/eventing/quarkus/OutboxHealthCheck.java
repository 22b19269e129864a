package io.backorder.eventing.quarkus;

import io.agroal.api.AgroalDataSource;
import io.backorder.eventing.OutboxBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox: the rows the relay has still to publish and the age of the oldest. A row
 * waiting longer than {@code backorder.eventing.relay.unhealthy-after} makes the service not ready:
 * what it decides no longer reaches the other services (the broker is gone, or the relay stopped).
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final OutboxBacklog backlog;
    private final Clock clock;
    private final Duration unhealthyAfter;

    OutboxHealthCheck(AgroalDataSource dataSource, OutboxBacklog backlog, Clock clock, EventingConfig config) {
        this.dataSource = dataSource;
        this.backlog = backlog;
        this.clock = clock;
        this.unhealthyAfter = config.relay().unhealthyAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox");
        try (Connection connection = dataSource.getConnection()) {
            OutboxBacklog.Backlog now = backlog.measure(connection);
            Duration oldest = now.oldestAge(clock.instant());
            response.withData("unpublished rows", now.rows())
                    .withData("oldest waiting seconds", oldest.toSeconds())
                    .status(oldest.compareTo(unhealthyAfter) <= 0);
        } catch (SQLException | RuntimeException e) {
            response.down().withData("error", e.toString());
        }
        return response.build();
    }
}
