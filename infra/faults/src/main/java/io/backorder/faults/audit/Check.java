package io.backorder.faults.audit;

import java.util.List;

/**
 * One rule the audit checked: what it says, how many things it was checked on, and every one that broke it, in
 * words.
 */
public record Check(String name, String rule, long checked, List<String> discrepancies) {

    public Check {
        discrepancies = List.copyOf(discrepancies);
    }

    public boolean holds() {
        return discrepancies.isEmpty();
    }
}
