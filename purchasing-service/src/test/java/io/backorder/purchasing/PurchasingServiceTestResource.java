package io.backorder.purchasing;

import io.backorder.testing.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The one test resource of this module: the run's Kafka broker and a fresh database. */
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "service", value = "purchasing"))
public final class PurchasingServiceTestResource {

    private PurchasingServiceTestResource() {
    }
}
