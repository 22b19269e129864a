package io.backorder.reporting.config;

import io.backorder.parameters.ParameterCatalog;
import io.backorder.parameters.ParameterDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reporting's parameters, named as in the order manager this system replaces. */
@ApplicationScoped
public class ReportingParameterCatalog implements ParameterCatalog {

    /** The report-name parameters, as issue 10 and the order manager name them. */
    public static final String BY_CUSTOMER = "BackordersByCustomerReport";
    public static final String BY_ORDER_NUMBER = "BackordersByOrderNumberReport";
    public static final String SUMMARY = "BackorderSummaryReport";
    /** Their names in CONTRACT.md, still accepted. */
    public static final String OLD_BY_CUSTOMER = "BackordersByCustomerTemplate";
    public static final String OLD_BY_ORDER_NUMBER = "BackordersByOrderNumberTemplate";
    public static final String OLD_SUMMARY = "BackorderSummaryTemplate";

    private final ReportingDefaults defaults;

    ReportingParameterCatalog(ReportingDefaults defaults) {
        this.defaults = defaults;
    }

    @Override
    public List<ParameterDefinition> definitions() {
        return List.of(
                ParameterDefinition.text(BY_CUSTOMER, defaults.backordersByCustomerReport(), 100,
                        "Name of the template that prints the Backorders by Customer report: built-in,"
                                + " built-in-landscape, or a file <name>.html in the merchant's template folder."),
                ParameterDefinition.text(BY_ORDER_NUMBER, defaults.backordersByOrderNumberReport(), 100,
                        "Name of the template that prints the Backorders by Order Number report (as above)."),
                ParameterDefinition.text(SUMMARY, defaults.backorderSummaryReport(), 100,
                        "Name of the template that prints the Backorder Summary report (as above)."),
                ParameterDefinition.text(OLD_BY_CUSTOMER, "built-in", 100,
                        "Older name of BackordersByCustomerReport (CONTRACT.md); used while that one is built-in."),
                ParameterDefinition.text(OLD_BY_ORDER_NUMBER, "built-in", 100,
                        "Older name of BackordersByOrderNumberReport (CONTRACT.md); used while that one is built-in."),
                ParameterDefinition.text(OLD_SUMMARY, "built-in", 100,
                        "Older name of BackorderSummaryReport (CONTRACT.md); used while that one is built-in."),
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
