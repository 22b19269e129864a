package io.backorder.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table printed once the stack is up: where everything listens and where the logs are. */
final class StackSummary {

    private static final String ROW = "  %-19s %s";

    private StackSummary() {
    }

    static String render(LocalStack stack) {
        List<String> lines = new ArrayList<>();
        lines.add("Backorder Manager is running. Stop it with Ctrl-C.");
        lines.add("");
        lines.add(row("console", stack.serviceUrl(Service.REPORTING.serviceName()) + "/"));
        lines.add(row("sign in as", "demo / demo (every role), or operator, viewer, admin, storefront, scanner:"
                + " the password is the name (README.md)"));
        for (Service service : List.of(Service.REPORTING, Service.ORDER, Service.INVENTORY, Service.PURCHASING)) {
            String url = stack.serviceUrl(service.serviceName());
            lines.add(row(service.serviceName(), String.format(Locale.ROOT, "%-24s swagger %s/q/swagger-ui   health %s/q/health",
                    url, url, url)));
        }
        lines.add(row("Kafka bootstrap", stack.kafkaBootstrapServers()));
        String credentials = "user " + stack.dbUser() + (stack.dbPassword().isEmpty() ? ", no password" : "")
                + (stack.embeddedPostgres() ? ", embedded" : "");
        boolean first = true;
        for (Service service : Service.values()) {
            String url = stack.jdbcUrl(service.database());
            lines.add(row(first ? "PostgreSQL" : "", first ? String.format(Locale.ROOT, "%-47s (%s)", url, credentials) : url));
            first = false;
        }
        lines.add(row("logs", shortPath(stack.options().logDir()) + "/  (devstack, postgres, kafka, "
                + "order-service, inventory-service, purchasing-service, reporting-service .log)"));
        lines.add(row("data", shortPath(stack.options().runDir()) + "/  (delete it, stopped, to start afresh)"));
        return String.join(System.lineSeparator(), lines);
    }

    private static String row(String label, String value) {
        return String.format(Locale.ROOT, ROW, label, value).stripTrailing();
    }

    /** {@code path} relative to the working directory if it lies below it, else absolute. */
    static String shortPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd) ? cwd.relativize(absolute).toString()
                : absolute.toString();
    }
}
