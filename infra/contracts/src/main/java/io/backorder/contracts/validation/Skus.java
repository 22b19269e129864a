package io.backorder.contracts.validation;

/** What a sku from outside may look like, shared by every input record that names one. */
public final class Skus {

    /** Letters and digits, then also {@code . _ / -}; no spaces, nothing a report or a file name would trip on. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    /** The message when a sku does not match {@link #PATTERN}. */
    public static final String MESSAGE = "must start with a letter or digit and contain only letters, digits and . _ / -";
    /** The longest sku accepted. */
    public static final int MAX_LENGTH = 64;

    private Skus() {
    }
}
