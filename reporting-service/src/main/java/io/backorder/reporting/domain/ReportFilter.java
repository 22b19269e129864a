package io.backorder.reporting.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report is narrowed to. customer: a customer id, or part of a name; item: a sku, or part
 * of its description; order: one order number; from and to: days the orders were placed
 * (inclusive, UTC). Each is optional.
 */
public record ReportFilter(String customer, String item, String order, LocalDate from, LocalDate to) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null, null, null);

    /**
     * @throws IllegalArgumentException when from is after to
     */
    public ReportFilter {
        customer = blankToNull(customer);
        item = blankToNull(item);
        order = blankToNull(order);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The filters that are set, by name, for a report's heading. */
    public Map<String, String> described() {
        Map<String, String> set = new LinkedHashMap<>();
        if (customer != null) {
            set.put("customer", customer);
        }
        if (item != null) {
            set.put("item", item);
        }
        if (order != null) {
            set.put("order", order);
        }
        if (from != null) {
            set.put("from", from.toString());
        }
        if (to != null) {
            set.put("to", to.toString());
        }
        return set;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
