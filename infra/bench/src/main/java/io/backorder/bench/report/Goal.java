package io.backorder.bench.report;

import java.util.Optional;

/**
 * A target from issue 7 that a figure is reported against. The bench never fails on a goal: it says whether the
 * figure met it, and a human decides what follows.
 */
public record Goal(Direction direction, double limit, String unit) {

    public enum Direction {
        AT_LEAST("≥"), AT_MOST("≤"), BELOW("<");

        final String symbol;

        Direction(String symbol) {
            this.symbol = symbol;
        }
    }

    public static Goal atLeast(double limit, String unit) {
        return new Goal(Direction.AT_LEAST, limit, unit);
    }

    public static Goal atMost(double limit, String unit) {
        return new Goal(Direction.AT_MOST, limit, unit);
    }

    public static Goal below(double limit, String unit) {
        return new Goal(Direction.BELOW, limit, unit);
    }

    /** Whether {@code value} meets the goal; empty when there is no figure. */
    public Optional<Boolean> metBy(Double value) {
        if (value == null || value.isNaN()) {
            return Optional.empty();
        }
        return Optional.of(switch (direction) {
            case AT_LEAST -> value >= limit;
            case AT_MOST -> value <= limit;
            case BELOW -> value < limit;
        });
    }

    /** {@code "≤ 250 ms"}. */
    public String describe() {
        return direction.symbol + " " + Numbers.format(limit) + (unit.isEmpty() ? "" : (unit.equals("×") ? "" : " ") + unit);
    }
}
