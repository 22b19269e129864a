package io.backorder.order.payment;

import io.backorder.web.ProblemException;
import io.backorder.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A built-in sandbox payment gateway, so that the local stack and the tests capture payments
 * without a provider. Its rules: an authorization id that starts with {@code DECLINE} is declined
 * ("card declined"); any other is captured. The same idempotency key always gets the same answer.
 * Switched off with {@code backorder.payment.sandbox-enabled=false}.
 */
@Path("/sandbox/gateway/captures")
@Tag(name = "Sandbox payment gateway")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SandboxGatewayResource {

    static final String DECLINE_PREFIX = "DECLINE";
    static final String UNAVAILABLE_PREFIX = "UNAVAILABLE";
    /** Enough to outlast one capture call and its retries. */
    private static final int UNAVAILABLE_ATTEMPTS = 3;

    private final boolean enabled;
    private final Map<String, CaptureResponse> answered = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusedAttempts = new ConcurrentHashMap<>();

    SandboxGatewayResource(@ConfigProperty(name = "backorder.payment.sandbox-enabled") boolean enabled) {
        this.enabled = enabled;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Capture an authorization (sandbox)", description = "Authorization ids starting with DECLINE are"
            + " declined; those starting with UNAVAILABLE answer 503 to the first three attempts of a key, as a provider"
            + " that is down for a while; the rest are captured. Idempotent by the Idempotency-Key header.")
    public CaptureResponse capture(@HeaderParam(PaymentGatewayClient.IDEMPOTENCY_KEY) @Size(max = 200) String key,
                                   @Valid CaptureRequest request) {
        if (!enabled) {
            throw ProblemException.notFound("the sandbox payment gateway is switched off");
        }
        if (request == null || request.authorizationId() == null || key == null || key.isBlank()) {
            throw ProblemException.badRequest("a capture needs an authorization id and an Idempotency-Key", java.util.List.of());
        }
        if (request.authorizationId().startsWith(UNAVAILABLE_PREFIX)
                && refusedAttempts.merge(key, 1, Integer::sum) <= UNAVAILABLE_ATTEMPTS) {
            throw new ProblemException(503, "Service Unavailable", "the sandbox payment provider is down for a while");
        }
        return answered.computeIfAbsent(key, k -> request.authorizationId().startsWith(DECLINE_PREFIX)
                ? new CaptureResponse(CaptureResponse.DECLINED, null, "card declined")
                : new CaptureResponse(CaptureResponse.CAPTURED, "SBX-" + UUID.randomUUID(), null));
    }
}
