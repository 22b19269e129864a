package io.backorder.parameters;

import java.util.Objects;

/**
 * One merchant setting of a service: its name (as the order manager it replaces spells it), type,
 * default (from configuration) and the bounds of an integer.
 */
public record ParameterDefinition(String name, ParameterType type, String defaultValue, String description,
                                  int min, int max) {

    public ParameterDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    public static ParameterDefinition bool(String name, boolean defaultValue, String description) {
        return new ParameterDefinition(name, ParameterType.BOOLEAN, Boolean.toString(defaultValue), description, 0, 0);
    }

    public static ParameterDefinition integer(String name, int defaultValue, int min, int max, String description) {
        return new ParameterDefinition(name, ParameterType.INTEGER, Integer.toString(defaultValue), description, min, max);
    }

    public static ParameterDefinition text(String name, String defaultValue, int maxLength, String description) {
        return new ParameterDefinition(name, ParameterType.TEXT, defaultValue, description, 0, maxLength);
    }

    /** The canonical text of a new value, or an exception saying why it is refused. */
    public String check(com.fasterxml.jackson.databind.JsonNode value) {
        String canonical = type.canonical(value);
        if (type == ParameterType.INTEGER) {
            int number = Integer.parseInt(canonical);
            if (number < min || number > max) {
                throw new IllegalArgumentException("takes a whole number from " + min + " to " + max + ", not " + number);
            }
        }
        if (type == ParameterType.TEXT && (canonical.isBlank() || canonical.length() > max)) {
            throw new IllegalArgumentException("takes a text of 1 to " + max + " characters");
        }
        return canonical;
    }
}
