package io.backorder.bench.profile;

/**
 * Where the time went in one phase of a scenario: the JVMs' CPU by library, and PostgreSQL's statements; either is
 * {@code null} when that part was not profiled.
 */
public record PhaseProfile(String phase, CpuProfile jvms, StatementProfile postgres) {
}
