package io.backorder.web.security;

/**
 * The roles every endpoint is given one or more of (issue 11). Endpoints without one are refused:
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints=true} in this module's shared configuration.
 * The local users (docs/security.md) hold them; in production the identity provider's tokens carry them.
 */
public final class Roles {

    /** A storefront importing orders. */
    public static final String STOREFRONT = "storefront";
    /** A warehouse scanner sending receipts. */
    public static final String SCANNER = "scanner";
    /** Someone who acts on orders, stock and purchase orders: force, fill, cancel, approve, ship, retries, rebuilds. */
    public static final String OPERATOR = "operator";
    /** Someone who reads: order pages, items, reports, dead letters, parameters. */
    public static final String VIEWER = "viewer";
    /** Someone who changes the merchant's parameters. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
