package io.backorder.bench.profile;

import java.util.Optional;

/**
 * {@code --profile}: samples the stack's JVMs ({@link CpuProfiler}) and counts PostgreSQL's statements
 * ({@link StatementProfiler}) over the same phase.
 */
public final class PhaseProfiler {

    private final CpuProfiler jvms;
    private final StatementProfiler postgres;

    public PhaseProfiler(CpuProfiler jvms, StatementProfiler postgres) {
        this.jvms = jvms;
        this.postgres = postgres;
    }

    /** Profiles nothing: {@link #end(String)} is empty. */
    public static PhaseProfiler off() {
        return new PhaseProfiler(CpuProfiler.off(), StatementProfiler.off());
    }

    public void begin() {
        postgres.begin();
        jvms.begin();
    }

    /** Stops sampling first, so that reading the statements is not in the JVMs' profiles. */
    public Optional<PhaseProfile> end(String phase) {
        CpuProfile cpu = jvms.end(phase).orElse(null);
        StatementProfile statements = postgres.end(phase).orElse(null);
        return cpu == null && statements == null ? Optional.empty()
                : Optional.of(new PhaseProfile(phase, cpu, statements));
    }
}
