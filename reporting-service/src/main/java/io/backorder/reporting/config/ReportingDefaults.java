package io.backorder.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The defaults of reporting's parameters, from configuration ({@code backorder.parameters.*}). */
@ConfigMapping(prefix = "backorder.parameters")
public interface ReportingDefaults {

    @WithDefault("built-in")
    String backordersByCustomerReport();

    @WithDefault("built-in")
    String backordersByOrderNumberReport();

    @WithDefault("built-in")
    String backorderSummaryReport();

    @WithDefault("true")
    boolean printNewBackordersReportAtImport();

    @WithDefault("30")
    int viewInventoryBackorderDays();

    @WithDefault("true")
    boolean viewOrdersHighlightBackorders();

    @WithDefault("true")
    boolean manualOrdersHighlightBackorders();
}
