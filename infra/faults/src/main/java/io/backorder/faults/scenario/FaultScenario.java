package io.backorder.faults.scenario;

/** One fault run: load on a stack, a fault in the middle, then the audit. */
public interface FaultScenario {

    String name();

    /** What it does and what it checks, in one sentence (for --help and the report). */
    String description();

    /** Extra instances the scenario needs beside the stack's one of each service (the rebalance run). */
    default boolean needsSecondInstances() {
        return false;
    }

    FaultResult run(FaultContext context) throws Exception;
}
