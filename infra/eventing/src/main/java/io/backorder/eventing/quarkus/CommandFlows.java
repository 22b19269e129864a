package io.backorder.eventing.quarkus;

import io.backorder.eventing.EventMetadata;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The flow a command starts, recorded with who asked for it: the user the HTTP request signed in as (HTTP Basic
 * or an OIDC token), never a header the caller chose. A command run outside a request (a scheduled check) or
 * by no one signed in starts a flow without an operator.
 */
@ApplicationScoped
public class CommandFlows {

    /** The event store's operator column holds this many characters; a longer name is cut, never refused. */
    static final int MAX_OPERATOR_LENGTH = 200;

    @Inject
    SecurityIdentity identity;

    public EventMetadata start() {
        return EventMetadata.newFlowBy(operator());
    }

    private String operator() {
        if (!Arc.container().requestContext().isActive() || identity.isAnonymous()) {
            return null;
        }
        String name = identity.getPrincipal().getName();
        return name.length() > MAX_OPERATOR_LENGTH ? name.substring(0, MAX_OPERATOR_LENGTH) : name;
    }
}
