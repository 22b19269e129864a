package io.backorder.reporting.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a report-name parameter names: one of the built-in templates, or a file
 * {@code <name>.html} in the merchant's template folder. A name is a plain file name, so that a
 * parameter can never point outside that folder.
 */
public record TemplateChoice(String name, boolean builtIn) {

    /** The template every report-name parameter names by default. */
    public static final String DEFAULT = "built-in";

    /** The built-in templates: a table of every column, and the same laid out for landscape paper. */
    public static final Set<String> BUILT_IN = Set.of("built-in", "built-in-landscape");

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /**
     * @throws IllegalArgumentException for a name that is not a plain file name
     */
    public static TemplateChoice of(String parameterValue) {
        String name = parameterValue == null || parameterValue.isBlank() ? DEFAULT : parameterValue.strip();
        if (BUILT_IN.contains(name)) {
            return new TemplateChoice(name, true);
        }
        String bare = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) : name;
        if (!FILE_NAME.matcher(bare).matches() || bare.contains("..")) {
            throw new IllegalArgumentException("\"" + name + "\" is not a template name: letters, digits, '.', '_'"
                    + " and '-' only");
        }
        return new TemplateChoice(bare, false);
    }

    public String fileName() {
        return name + ".html";
    }
}
