package io.backorder.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} (2M in every service) is refused with a problem+json
 * 413 naming the limit. Quarkus refuses such a body itself, but with a bare 413 and no body; this route runs before
 * its check and answers first whenever the request states its length (every client the services have does). A
 * chunked body without a length that runs past the limit still gets Quarkus' bare 413.
 */
@ApplicationScoped
public class BodyLimit {

    void refuseLargeBodies(@Observes Router router, ObjectMapper json,
                           @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit)
            throws JsonProcessingException {
        long max = limit.asLongValue();
        String problem = json.writeValueAsString(Problem.of(413, "Content Too Large",
                "the request body is larger than this service takes: at most " + max + " bytes"));
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, max)) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(problem);
                return;
            }
            context.next();
        });
    }

    private static boolean tooLarge(String length, long max) {
        try {
            return Long.parseLong(length.trim()) > max;
        } catch (NumberFormatException notANumber) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
