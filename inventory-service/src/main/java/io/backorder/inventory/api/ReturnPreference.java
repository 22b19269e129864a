package io.backorder.inventory.api;

import java.util.Locale;

/**
 * The {@code return} preference of an HTTP {@code Prefer} header (RFC 7240): whether the caller wants the minimal
 * answer. Anything else, unreadable text included, leaves the full answer: a preference is a wish, never an error.
 */
final class ReturnPreference {

    static final String MINIMAL = "return=minimal";

    private ReturnPreference() {
    }

    static boolean minimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String token = preference.split(";", 2)[0].replace(" ", "").replace("\t", "").replace("\"", "");
            if (token.toLowerCase(Locale.ROOT).equals(MINIMAL)) {
                return true;
            }
        }
        return false;
    }
}
