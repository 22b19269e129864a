package io.backorder.contracts.validation;

/** Builds violation messages that quote input without letting it be read as a message expression. */
final class MessageTemplates {

    private MessageTemplates() {
    }

    /**
     * {@code value} escaped for a jakarta.validation message template, so that a sku like {@code ${...}} is shown
     * as it is instead of being interpolated (expression-language injection).
     */
    static String literal(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
