package io.backorder.parameters;

import com.fasterxml.jackson.databind.JsonNode;

/** What kind of value a parameter takes, and how a value sent over HTTP is checked. */
public enum ParameterType {
    BOOLEAN,
    INTEGER,
    TEXT;

    /**
     * The canonical text of a value sent as JSON, or an exception saying why it does not fit: a
     * boolean takes true or false, an integer a whole number, a text a string.
     */
    public String canonical(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new IllegalArgumentException("a value is required");
        }
        return switch (this) {
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException("takes true or false, not " + value);
                }
                yield Boolean.toString(value.booleanValue());
            }
            case INTEGER -> {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    throw new IllegalArgumentException("takes a whole number, not " + value);
                }
                yield Integer.toString(value.intValue());
            }
            case TEXT -> {
                if (!value.isTextual()) {
                    throw new IllegalArgumentException("takes a text, not " + value);
                }
                yield value.textValue();
            }
        };
    }
}
