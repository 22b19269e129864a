package io.backorder.contracts.validation;

/**
 * Free text from outside (names, ids a storefront or scanner makes up): anything but NUL, which PostgreSQL cannot
 * store. A record carrying one would fail its consumer's transaction on every try, so it is refused as invalid.
 */
public final class Texts {

    /** Any characters but NUL; an absent value is judged by its other constraints. */
    public static final String PATTERN = "[^\\u0000]*";
    /** The message when a text does not match {@link #PATTERN}. */
    public static final String MESSAGE = "must not contain the NUL character";

    private Texts() {
    }
}
