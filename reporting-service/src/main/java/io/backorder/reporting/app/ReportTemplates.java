package io.backorder.reporting.app;

import io.backorder.parameters.Parameters;
import io.backorder.reporting.config.ReportSettings;
import io.backorder.reporting.domain.TemplateChoice;
import io.backorder.web.Problem;
import io.backorder.web.ProblemException;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints a report with the template its report-name parameter names: a built-in one
 * ({@code templates/reports/}), or {@code <name>.html} from the merchant's template folder, read
 * at every print so that a changed file counts at once. A template that is missing, cannot be
 * parsed or fails while printing is a problem+json answer that names the parameter, the file and
 * the fault, never a blank or half page.
 */
@ApplicationScoped
public class ReportTemplates {

    private static final String BUILT_IN_PATH = "reports/";

    private final Engine engine;
    private final Parameters parameters;
    private final ReportSettings settings;

    ReportTemplates(Engine engine, Parameters parameters, ReportSettings settings) {
        this.engine = engine;
        this.parameters = parameters;
        this.settings = settings;
    }

    public String print(ReportDefinition<?> report, PrintedReport model) {
        String parameter = chosenBy(report);
        TemplateChoice choice;
        try {
            choice = TemplateChoice.of(parameter == null ? null : parameters.text(parameter));
        } catch (IllegalArgumentException e) {
            throw problem("Report template name not valid", parameter + ": " + e.getMessage());
        }
        Template template = choice.builtIn() ? engine.getTemplate(BUILT_IN_PATH + choice.name())
                : merchants(parameter, choice);
        try {
            return template.data("report", model).render();
        } catch (TemplateException e) {
            throw problem("Report template broken", describe(parameter, choice) + " failed while printing: "
                    + e.getMessage());
        }
    }

    /** The parameter that names the template: the name, or its older name while the first is built-in. */
    private String chosenBy(ReportDefinition<?> report) {
        if (report.templateParameter() == null) {
            return null;
        }
        String value = parameters.text(report.templateParameter());
        boolean olderNameSet = isDefault(value) && !isDefault(parameters.text(report.olderTemplateParameter()));
        return olderNameSet ? report.olderTemplateParameter() : report.templateParameter();
    }

    private static boolean isDefault(String value) {
        return value == null || value.isBlank() || TemplateChoice.DEFAULT.equals(value.strip());
    }

    private Template merchants(String parameter, TemplateChoice choice) {
        Path folder = settings.templateDir().toAbsolutePath().normalize();
        Path file = folder.resolve(choice.fileName());
        if (!Files.isRegularFile(file)) {
            throw problem("Report template missing", parameter + " names the template \"" + choice.name()
                    + "\", but there is no file " + choice.fileName() + " in the merchant's template folder " + folder
                    + " (backorder.reports.template-dir). Built-in templates: " + TemplateChoice.BUILT_IN + ".");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Parsed as HTML, so that every value it prints is escaped.
            return engine.parse(text, Variant.forContentType(Variant.TEXT_HTML), file.toString());
        } catch (IOException e) {
            throw problem("Report template missing", describe(parameter, choice) + " cannot be read: " + e);
        } catch (TemplateException e) {
            throw problem("Report template broken", describe(parameter, choice) + " cannot be parsed: "
                    + e.getMessage());
        }
    }

    private String describe(String parameter, TemplateChoice choice) {
        String where = choice.builtIn() ? "the built-in template \"" + choice.name() + "\""
                : "the template " + settings.templateDir().toAbsolutePath().normalize()
                        .resolve(choice.fileName());
        return parameter == null ? where : where + " (named by " + parameter + ")";
    }

    private static ProblemException problem(String title, String detail) {
        return new ProblemException(Problem.of(500, title, detail));
    }
}
