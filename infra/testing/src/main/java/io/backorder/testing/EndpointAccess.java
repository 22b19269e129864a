package io.backorder.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a service's OpenAPI document ({@code /q/openapi?format=json}) and proves, for every operation in it, who may
 * call it: no credentials answer 401, a user without the operation's role 403 (both problem+json), and the user who
 * has just that role gets past security (whatever the call then says of the dummy path and body it is given).
 * The expected role of each operation comes from the test's own table, keyed {@code "GET /api/orders/{orderNumber}"}:
 * an operation the table does not name fails, so a new endpoint cannot arrive without a decision about who calls it.
 */
public final class EndpointAccess {

    public static final String STOREFRONT = "storefront";
    public static final String SCANNER = "scanner";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "admin";
    /** Any signed-in user: no role asked (who am I). */
    public static final String AUTHENTICATED = "authenticated";
    /** Viewers read, and so do admins (the parameters). */
    public static final String VIEWER_OR_ADMIN = "viewer|admin";

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Map<String, String> HOLDER = Map.of(STOREFRONT, TestUsers.STOREFRONT, SCANNER,
            TestUsers.SCANNER, OPERATOR, TestUsers.OPERATOR, VIEWER, TestUsers.VIEWER, ADMIN, TestUsers.ADMIN,
            VIEWER_OR_ADMIN, TestUsers.VIEWER, AUTHENTICATED, TestUsers.VIEWER);

    /** What every service answers through the shared modules: who am I, dead letters, set-aside rows, parameters. */
    static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("GET /api/me", AUTHENTICATED),
            Map.entry("GET /api/dead-letters", VIEWER),
            Map.entry("GET /api/dead-letters/{id}", VIEWER),
            Map.entry("POST /api/dead-letters/{id}/retry", OPERATOR),
            Map.entry("GET /api/outbox/set-aside", VIEWER),
            Map.entry("POST /api/outbox/{position}/retry", OPERATOR),
            Map.entry("GET /api/parameters", VIEWER_OR_ADMIN),
            Map.entry("GET /api/parameters/{name}", VIEWER_OR_ADMIN),
            Map.entry("PUT /api/parameters/{name}", ADMIN));

    private EndpointAccess() {
    }

    /** Every operation of the document, as {@code "METHOD /path"}, with whether it streams (server-sent events). */
    public static Map<String, Boolean> operations() {
        JsonPath document = RestAssured.given().auth().none().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Boolean> operations = new java.util.TreeMap<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path,
                        String.valueOf(operation).contains("text/event-stream"));
            }
        }));
        return operations;
    }

    /** Asserts the table names exactly the document's operations, then each operation's 401, 403 and way in. */
    /** {@link #proveEveryOperation} for a service's own operations and those every service has. */
    public static void proveEveryOperationWith(Map<String, String> ownRoles) {
        Map<String, String> expectedRoles = new java.util.HashMap<>(SHARED);
        expectedRoles.putAll(ownRoles);
        proveEveryOperation(expectedRoles);
    }

    public static void proveEveryOperation(Map<String, String> expectedRoles) {
        Map<String, Boolean> operations = operations();
        assertThat(new TreeSet<>(expectedRoles.keySet()))
                .as("the test's table of roles must name every operation of the OpenAPI document, and no other")
                .containsExactlyElementsOf(operations.keySet());
        List<String> wrong = new ArrayList<>();
        operations.forEach((operation, streams) -> {
            String role = expectedRoles.get(operation);
            check(wrong, operation, "no credentials", call(RestAssured.given().auth().none(), operation), 401);
            if (!AUTHENTICATED.equals(role)) {
                String lacking = role.equals("viewer") || role.equals(VIEWER_OR_ADMIN) ? TestUsers.STOREFRONT
                        : TestUsers.VIEWER;
                check(wrong, operation, lacking + " (without " + role + ")", call(TestUsers.as(lacking), operation), 403);
            }
            if (!streams) {
                Response allowed = call(TestUsers.as(HOLDER.get(role)), operation);
                if (allowed.statusCode() == 401 || allowed.statusCode() == 403) {
                    wrong.add(operation + ": " + HOLDER.get(role) + " (with " + role + ") was refused with "
                            + allowed.statusCode());
                }
            }
        });
        assertThat(wrong).as("operations whose access is not as the table says").isEmpty();
    }

    private static void check(List<String> wrong, String operation, String who, Response response, int status) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (response.statusCode() != status || !type.startsWith("application/problem+json")) {
            wrong.add(operation + ": " + who + " answered " + response.statusCode() + " " + type + ", not " + status
                    + " application/problem+json");
        }
    }

    /**
     * Calls the operation with every path parameter "0" and, for a body, a JSON array where the services expect an
     * object: past security that is a 400 or 404, never a change.
     */
    private static Response call(RequestSpecification request, String operation) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "0");
        RequestSpecification ready = request.accept("*/*");
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            ready = ready.contentType("application/json").body("[]");
        }
        return ready.request(method, path).andReturn();
    }
}
