package io.backorder.bench.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL spent its time on in one phase ({@code pg_stat_statements}): the statements that took the most,
 * and the total per database. Execution time includes waits for row locks, so it is not CPU alone.
 *
 * @param unavailable why nothing could be read, or {@code null}
 */
public record StatementProfile(String phase, List<Statement> top, Map<String, Double> millisecondsByDatabase,
                               String unavailable) {

    public StatementProfile {
        top = List.copyOf(top);
        millisecondsByDatabase = Collections.unmodifiableMap(new LinkedHashMap<>(millisecondsByDatabase));
    }

    /** One normalised statement ({@code $1} for its parameters), summed over its calls in the phase. */
    public record Statement(String database, long calls, double totalMilliseconds, long rows, String query) {

        public double millisecondsPerCall() {
            return calls == 0 ? 0 : totalMilliseconds / calls;
        }
    }
}
