package io.backorder.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar infra/devstack/target/devstack.jar [--no-demo] [--run-dir DIR] [--port-offset N]}: starts the
 * local stack, prints where everything listens, and runs until Ctrl-C, which stops it in order.
 */
public final class DevStack {

    static final int EXIT_START_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** devstack's own log (the Kafka admin client, the embedded PostgreSQL's manager): a file, not the console. */
    static final String LOG_CONFIG_RESOURCE = "devstack-log4j2.properties";
    static final String LOG_FILE_PROPERTY = "devstack.log.file";

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(StackOptions.USAGE);
            return;
        }
        StackOptions options;
        try {
            options = StackOptions.parse(arguments, System.getenv(), RepoRoot.locate(), Path.of("").toAbsolutePath());
        } catch (UsageException e) {
            System.err.println("devstack: " + e.getMessage());
            System.err.println();
            System.err.print(StackOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        // before anything logs: log4j2 reads its configuration once, at the first logger
        System.setProperty(LOG_FILE_PROPERTY, options.logFile("devstack").toString());
        System.setProperty("log4j2.configurationFile", LOG_CONFIG_RESOURCE);

        LocalStack stack;
        try {
            stack = LocalStack.start(options, System.out);
        } catch (StackStartException e) {
            System.err.println();
            System.err.println("devstack: " + e.getMessage());
            System.exit(EXIT_START_FAILED);
            return;
        }
        System.out.println(StackSummary.render(stack));
        System.out.flush();
        // LocalStack's shutdown hook stops everything on Ctrl-C (SIGINT) or SIGTERM
        new CountDownLatch(1).await();
    }
}
