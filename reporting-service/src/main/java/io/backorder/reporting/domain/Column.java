package io.backorder.reporting.domain;

import java.util.function.Function;

/** One column of a report: its heading, the field name a sort asks for, and how a row gives its value. */
public record Column<R>(String heading, String field, Function<R, Object> value) {

    public static <R> Column<R> of(String heading, String field, Function<R, Object> value) {
        return new Column<>(heading, field, value);
    }
}
