package io.backorder.devstack;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who the local tools (the demo data, the fault runs, the benchmark, the stack's own tests) call the services as:
 * the local user {@code demo}, who holds every role (README's users table), over HTTP Basic sent with every request.
 * {@code BACKORDER_API_USER} and {@code BACKORDER_API_PASSWORD} name another, for a stack whose users differ.
 */
public final class ApiCredentials {

    public static final String USER_VARIABLE = "BACKORDER_API_USER";
    public static final String PASSWORD_VARIABLE = "BACKORDER_API_PASSWORD";
    static final String DEFAULT_USER = "demo";

    private ApiCredentials() {
    }

    public static String user() {
        return valueOr(System.getenv(USER_VARIABLE), DEFAULT_USER);
    }

    /** The value of the Authorization header every call carries. */
    public static String authorization() {
        String password = valueOr(System.getenv(PASSWORD_VARIABLE), System.getenv(USER_VARIABLE) == null
                ? DEFAULT_USER : "");
        return basic(user(), password);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The request, signed in. */
    public static HttpRequest.Builder signed(HttpRequest.Builder request) {
        return request.header("Authorization", authorization());
    }

    private static String valueOr(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
