package io.backorder.reporting.domain;

import java.util.List;
import java.util.Locale;

/** How a report answers: JSON by default, CSV or printable HTML when asked by parameter or Accept header. */
public enum ReportFormat {
    JSON("application/json"),
    CSV("text/csv"),
    HTML("text/html");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * {@code ?format=csv|html|json} wins; otherwise the first of the acceptable media types that is
     * one of ours (a browser's {@code text/html,…} asks for HTML, {@code * / *} for JSON).
     *
     * @throws IllegalArgumentException for a format parameter that names none of them
     */
    public static ReportFormat choose(String formatParameter, List<String> acceptable) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            try {
                return valueOf(formatParameter.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("format must be json, csv or html, not " + formatParameter);
            }
        }
        for (String type : acceptable) {
            String bare = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
            for (ReportFormat format : values()) {
                if (format.mediaType.equals(bare)) {
                    return format;
                }
            }
        }
        return JSON;
    }
}
