package io.backorder.reporting.readmodel;

import java.util.Map;

/**
 * The order a report's rows come in: a field of its rows, ascending or (with a leading '-')
 * descending, among the fields the report lets one sort by; the report's own order breaks ties.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sortable field name to SQL expression
     * @throws IllegalArgumentException for a field the report cannot be sorted by
     */
    static String orderBy(String sort, Map<String, String> sortable, String defaultOrder) {
        if (sort == null || sort.isBlank()) {
            return defaultOrder;
        }
        boolean descending = sort.startsWith("-");
        String field = descending ? sort.substring(1) : sort;
        String expression = sortable.get(field);
        if (expression == null) {
            throw new IllegalArgumentException("cannot sort by " + field + "; by one of " + sortable.keySet());
        }
        return expression + (descending ? " desc nulls last" : " asc nulls last") + ", " + defaultOrder;
    }
}
