package io.backorder.reporting.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** Where reporting finds the merchant's report templates. */
@ConfigMapping(prefix = "backorder.reports")
public interface ReportSettings {

    /** The merchant's report templates, {@code <name>.html}, named by the report-name parameters. */
    Path templateDir();
}
