package io.backorder.reporting.config;

import io.backorder.parameters.ParameterCatalog;
import io.backorder.parameters.ParameterDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reporting's parameters, named as in the order manager this system replaces. */
@ApplicationScoped
public class ReportingParameterCatalog implements ParameterCatalog {

    private final ReportingDefaults defaults;

    ReportingParameterCatalog(ReportingDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return List.of(
                ParameterDefinition.text("BackordersByCustomerTemplate", defaults.backordersByCustomerTemplate(), 100,
                        "Which template renders the backorders-by-customer report."),
                ParameterDefinition.text("BackordersByOrderNumberTemplate", defaults.backordersByOrderNumberTemplate(), 100,
                        "Which template renders the backorders-by-order report."),
                ParameterDefinition.text("BackorderSummaryTemplate", defaults.backorderSummaryTemplate(), 100,
                        "Which template renders the backorder summary."),
                ParameterDefinition.bool("PrintNewBackordersReportAtImport", defaults.printNewBackordersReportAtImport(),
                        "Produce the new-backorders report for every import."),
                ParameterDefinition.integer("ViewInventoryBackorderDays", defaults.viewInventoryBackorderDays(), 1, 3650,
                        "Days the quantity-not-shipped report looks back."),
                ParameterDefinition.bool("ViewOrdersHighlightBackorders", defaults.viewOrdersHighlightBackorders(),
                        "Show needed quantities in red on the order pages."),
                ParameterDefinition.bool("ManualOrdersHighlightBackorders", defaults.manualOrdersHighlightBackorders(),
                        "Show needed quantities in red on the manual-order pages."));
    }
}
