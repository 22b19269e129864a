package io.backorder.bench.scenario;

import io.backorder.bench.report.ScenarioReport;

/** One of issue 7's workloads, run against a stack; figures it cannot take are reported as such, never invented. */
public interface Scenario {

    String name();

    ScenarioReport run(ScenarioContext context) throws Exception;
}
