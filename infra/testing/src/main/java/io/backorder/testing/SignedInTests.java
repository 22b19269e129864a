package io.backorder.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Signs every {@code @QuarkusTest} in as {@link TestUsers#DEMO} (HTTP Basic, sent at once), in one place for
 * every module: the services refuse anonymous calls, and the tests of what they do are not about who may.
 * Registered through {@code META-INF/services}; runs in the test's own class loader, where its RestAssured is.
 */
public class SignedInTests implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(TestUsers.DEMO, TestUsers.DEMO);
    }
}
