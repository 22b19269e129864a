package io.backorder.reporting.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;

/** Where reporting finds the merchant's templates and the services the console calls. */
@ConfigMapping(prefix = "backorder")
public interface ReportingSettings {

    Reports reports();

    Services services();

    interface Reports {
        /** The merchant's report templates, {@code <name>.html}, named by the report-name parameters. */
        Path templateDir();
    }

    interface Services {
        String orderUrl();

        String inventoryUrl();

        String purchasingUrl();
    }
}
