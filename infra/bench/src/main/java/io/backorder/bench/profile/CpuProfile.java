package io.backorder.bench.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the profiler saw in one phase of a scenario: per process, its samples by library ({@link CpuByLibrary}) and
 * the file with its collapsed stacks (for a flame graph); and the processes it could not profile, with the reason.
 *
 * @param sampleSeconds the profiler's interval: a sample stands for this much CPU time
 */
public record CpuProfile(String phase, double sampleSeconds, Map<String, ProcessSamples> processes,
                         Map<String, String> unavailable) {

    public CpuProfile {
        processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        unavailable = Collections.unmodifiableMap(new LinkedHashMap<>(unavailable));
    }

    /** One process's samples, by library, largest first. */
    public record ProcessSamples(long samples, Map<String, Long> byLibrary, String collapsedStacks) {

        public ProcessSamples {
            byLibrary = Collections.unmodifiableMap(new LinkedHashMap<>(byLibrary));
        }

        /** The share of this process's samples that {@code library} took, 0 if none. */
        public double share(String library) {
            return samples == 0 ? 0 : (double) byLibrary.getOrDefault(library, 0L) / samples;
        }
    }
}
