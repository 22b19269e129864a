package io.backorder.eventing.quarkus;

import io.backorder.eventing.ConsumerHealth;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the service's inbox consumers, one detail per consumer: "ok", or the record it is
 * stuck on (topic/partition@offset and event id), its failed attempts, since when, and the last
 * error. A consumer stuck longer than {@code backorder.eventing.inbox.unhealthy-after} makes the
 * service not ready: its view of other services is falling behind and an operator must look.
 */
@Readiness
@ApplicationScoped
public class InboxHealthCheck implements HealthCheck {

    private final ConsumerHealth health;
    private final Duration unhealthyAfter;

    InboxHealthCheck(ConsumerHealth health, EventingConfig config) {
        this.health = health;
        this.unhealthyAfter = config.inbox().unhealthyAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("inbox consumers").up();
        Instant now = health.now();
        for (String consumer : health.consumers()) {
            response.withData(consumer, health.stall(consumer).map(stall -> {
                if (stall.age(now).compareTo(unhealthyAfter) > 0) {
                    response.down();
                }
                return "stuck at " + stall.record() + ": " + stall.attempts() + " failed attempts since " + stall.since()
                        + ", last error: " + stall.lastError();
            }).orElse("ok"));
        }
        return response.build();
    }
}
