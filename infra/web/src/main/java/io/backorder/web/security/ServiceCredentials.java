package io.backorder.web.security;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs a service's own calls to another service (order-service's fill, purchasing's checked receipts, the
 * payment gateway) with the configured service user, over HTTP Basic:
 * {@code backorder.service-user.name} and {@code backorder.service-user.password} (from a Secret in production).
 * Registered on each REST client with {@code @RegisterProvider}. Nothing is added when no name is configured,
 * so a deployment that fronts the services with a token-issuing proxy can leave it out.
 */
public class ServiceCredentials implements ClientRequestFilter {

    public static final String NAME = "backorder.service-user.name";
    public static final String PASSWORD = "backorder.service-user.password";

    @Override
    public void filter(ClientRequestContext request) {
        header().ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value));
    }

    /** {@code Basic base64(name:password)}, or nothing when no service user is configured. */
    public static Optional<String> header() {
        Config config = ConfigProvider.getConfig();
        Optional<String> name = config.getOptionalValue(NAME, String.class).filter(n -> !n.isBlank());
        String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
        return name.map(n -> basic(n, password));
    }

    public static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
