package io.backorder.order;

import io.backorder.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The one test resource of this module, global on purpose: every @QuarkusTest class shares one
 * Quarkus start, the run's Kafka broker and one fresh database.
 */
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "service", value = "orders"))
public final class OrderServiceTestResource {

    private OrderServiceTestResource() {
    }
}
