package io.backorder.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every refusal into application/problem+json, so that clients parse one error shape. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String REQUESTED_WITH = "X-Requested-With";
    private static final String XML_HTTP_REQUEST = "XMLHttpRequest";
    private static final String BASIC_CHALLENGE = "Basic realm=\"backorder\", charset=\"UTF-8\"";

    @ServerExceptionMapper
    public Response refused(ProblemException refusal) {
        return refusal.problem().toResponse();
    }

    /**
     * No credentials, or credentials that do not authenticate: 401 with the challenge, so that API clients know to
     * send HTTP Basic. The console (which says {@code X-Requested-With: XMLHttpRequest}) gets no challenge, or the
     * browser would put its own login dialog over the console's.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException refused, HttpHeaders headers) {
        Response response = Problem.of(Response.Status.UNAUTHORIZED,
                "sign in: this call needs a user (HTTP Basic, or a bearer token where OIDC is configured)").toResponse();
        if (XML_HTTP_REQUEST.equalsIgnoreCase(headers.getHeaderString(REQUESTED_WITH))) {
            return response;
        }
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE).build();
    }

    /** Authenticated, without the role the call needs (the roles are in docs/security.md). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return Problem.of(Response.Status.FORBIDDEN, "your user has no role that may make this call").toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return Problem.of(Response.Status.BAD_REQUEST, errors.size() + " field(s) are invalid")
                .withErrors(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException unreadable) {
        String field = unreadable instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail = "the body is not valid JSON of the expected shape" + (field.isEmpty() ? "" : " at " + field)
                + ": " + unreadable.getOriginalMessage();
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, detail);
        return (field.isEmpty() ? problem : problem.withErrors(List.of(new Problem.FieldError(field,
                "cannot be read: " + unreadable.getOriginalMessage())))).toResponse();
    }

    /** Quarkus maps these two itself, to plain JSON; ours answer the problem shape instead. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException mismatched) {
        return unreadable(mismatched);
    }

    @ServerExceptionMapper
    public Response malformed(com.fasterxml.jackson.core.JsonParseException malformed) {
        return unreadable(malformed);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure) {
        Response response = failure.getResponse();
        Response.StatusType status = response.getStatusInfo();
        if (failure.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), failure.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException failure) {
        LOG.error("request failed", failure);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "the request could not be completed; nothing was changed").toResponse();
    }

    /** {@code importOrder.order.lines[1].quantity} → {@code lines[1].quantity}: the body's own path. */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : path) {
            index++;
            boolean methodOrParameter = node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER;
            if (methodOrParameter) {
                field.setLength(0);
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 && index > 0 ? "body" : field.toString();
    }

    private static String jsonPath(JsonMappingException mapping) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
