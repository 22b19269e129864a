package io.backorder.reporting.api;

import io.backorder.reporting.config.ServiceUrls;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The console's way to the services that own each action: {@code /services/order/api/...} goes to
 * order-service, and likewise inventory and purchasing. A small pass-through rather than CORS:
 * the console then has one origin, works behind a single port or a reverse proxy, and no service
 * needs to trust the console's origin. Only {@code api/} and {@code q/health} paths pass; the
 * answer (status, type, body, a refusal's problem+json) comes back unchanged.
 *
 * <p>The caller's own Authorization header goes along, so the target service decides what this user may do;
 * here it is enough to be signed in. Nothing else of the caller's headers passes (an X-Operator header least of all:
 * the services record the authenticated user).
 */
@Path("/services/{service}")
@Authenticated
public class ServiceProxyResource {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> services;

    ServiceProxyResource(ServiceUrls urls) {
        this.services = Map.of("order", urls.orderUrl(), "inventory", urls.inventoryUrl(), "purchasing",
                urls.purchasingUrl());
    }

    @GET
    @Path("/{path: .*}")
    @Operation(hidden = true)
    public Response get(@PathParam("service") String service, @PathParam("path") String path,
                        @Context UriInfo uri, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return forward("GET", service, path, uri, null, authorization, null);
    }

    @POST
    @Path("/{path: .*}")
    @Operation(hidden = true)
    public Response post(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
                         @HeaderParam("Content-Type") String type,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
        return forward("POST", service, path, uri, type, authorization, body);
    }

    @PUT
    @Path("/{path: .*}")
    @Operation(hidden = true)
    public Response put(@PathParam("service") String service, @PathParam("path") String path, @Context UriInfo uri,
                        @HeaderParam("Content-Type") String type,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, byte[] body) {
        return forward("PUT", service, path, uri, type, authorization, body);
    }

    private Response forward(String method, String service, String path, UriInfo uri, String type, String authorization,
                             byte[] body) {
        String base = services.get(service);
        if (base == null) {
            throw ProblemException.notFound("no service " + service + "; the console reaches " + services.keySet());
        }
        if (!path.startsWith("api/") && !path.equals("q/health/ready")) {
            throw ProblemException.notFound("the console reaches only api/ paths of the services, not " + path);
        }
        String query = uri.getRequestUri().getRawQuery();
        URI target = URI.create(base + "/" + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(TIMEOUT).header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Response.ResponseBuilder response = Response.status(answer.statusCode()).entity(answer.body());
            answer.headers().firstValue("Content-Type").ifPresent(value -> response.type(value));
            return response.build();
        } catch (IOException e) {
            throw new ProblemException(Problem.of(502, "Bad Gateway", service + "-service does not answer at " + base
                    + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(Problem.of(503, "Service Unavailable", "interrupted while calling " + service));
        }
    }
}
