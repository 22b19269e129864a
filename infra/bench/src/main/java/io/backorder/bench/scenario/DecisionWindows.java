package io.backorder.bench.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The cost of a decision early and late in a run: over the first {@code window} decisions and over the last, the
 * time between the first and last decision of the window divided by the decisions between them. A stream that gets
 * slower to replay as it grows shows here as a last window dearer than the first.
 *
 * <p>Decisions are read in batches (the outbox relay publishes in batches, the tap polls in batches), so single gaps
 * mean little; over a window of a thousand they average out.
 */
public record DecisionWindows(int window, double firstMsPerDecision, double lastMsPerDecision) {

    /**
     * The windows of {@code decidedNanos} (in the order decisions were read), or empty if there are fewer than two
     * windows' worth ({@code 2 × window}) of decisions: overlapping windows would compare a run with itself.
     */
    public static Optional<DecisionWindows> of(List<Long> decidedNanos, int window) {
        if (window < 2 || decidedNanos.size() < 2 * window) {
            return Optional.empty();
        }
        int n = decidedNanos.size();
        return Optional.of(new DecisionWindows(window,
                msPerDecision(decidedNanos.get(0), decidedNanos.get(window - 1), window),
                msPerDecision(decidedNanos.get(n - window), decidedNanos.get(n - 1), window)));
    }

    private static double msPerDecision(long firstNanos, long lastNanos, int window) {
        return (lastNanos - firstNanos) / 1e6 / (window - 1);
    }

    /** How much dearer a late decision is than an early one (1.0: the same). */
    public double lastOverFirst() {
        return firstMsPerDecision <= 0 ? Double.NaN : lastMsPerDecision / firstMsPerDecision;
    }
}
