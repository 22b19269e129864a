package io.backorder.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The local users (infra/web's shared configuration, README's table) as the tests sign in. Every
 * {@code @QuarkusTest} calls as {@link #DEMO}, who holds every role ({@link SignedInTests}); a test about
 * refusals picks another user with {@link #as(String)} or none with {@link #anonymous()}.
 */
public final class TestUsers {

    /** Every role: what the tests call as unless they say otherwise. Its password is its name, as for all of them. */
    public static final String DEMO = "demo";
    public static final String STOREFRONT = "storefront";
    public static final String SCANNER = "scanner";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "admin";

    private TestUsers() {
    }

    /** A request signed in as this local user (whose password is its name). */
    public static RequestSpecification as(String user) {
        return RestAssured.given().auth().preemptive().basic(user, user);
    }

    /** A request with no credentials at all. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().auth().none();
    }
}
