package io.backorder.faults;

import io.backorder.faults.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What to run and how big. The defaults are issue 8's sizes (10,000 receipts, a large import of 10,000 orders, 10,000
 * messages around the poison); the report prints the options, so a scaled-down run is never taken for a full one.
 *
 * @param runRoot        where each scenario's stack keeps its data and logs ({@code null}: a new directory under
 *                       {@code infra/faults/target/fault-runs/})
 * @param receipts       receipts in kill-inventory and around the poison
 * @param importOrders   orders of the large import in kill-order
 * @param orders         orders (and as many receipts) in the other runs
 * @param items          items the orders and receipts are spread over (Zipf)
 * @param raceOrders     orders on which ship, split, force and cancel race
 * @param outageSeconds  how long the broker and PostgreSQL stay down
 * @param timeoutSeconds the longest any one wait for the system lasts
 */
public record FaultOptions(List<String> scenarios, int portOffset, Path runRoot, int receipts, int importOrders,
                           int orders, int items, int raceOrders, int outageSeconds, int timeoutSeconds, long seed) {

    /** Not the stack's 0, the bench's 300, nor the 100s and 200s people use by hand. */
    public static final int DEFAULT_PORT_OFFSET = 400;

    public static final String USAGE = """
            Usage: ./faults.sh [options]
                   java -jar infra/faults/target/faults.jar [options]

            Issue 8's fault runs: each scenario starts a fresh stack (devstack: Kafka, PostgreSQL, the four services,
            no demo data) under infra/faults/target/fault-runs/<time>/<scenario>/, puts load on it, strikes in the
            middle, waits until the services are quiet and ends with the conservation audit. Prints each scenario's
            figures and audit; exits 1 if any audit found a discrepancy.

              --scenario NAMES   comma-separated, or all (default all):
                                 %s
              --receipts N       receipts in kill-inventory and poison (10000)
              --import-orders N  orders of the large import in kill-order (10000)
              --orders N         orders, and as many receipts, in the other runs (2000)
              --items N          items they are spread over (500)
              --race-orders N    orders that ship, split, force and cancel race on (200)
              --outage S         seconds the broker and PostgreSQL stay down (10)
              --timeout S        the longest any one wait for the system (900)
              --seed N           the workload's random seed (8)
              --port-offset N    ports of the stacks (400)
              --run-dir DIR      where the stacks' data and logs go
            """.formatted(String.join(", ", Scenarios.NAMES));

    public FaultOptions {
        scenarios = List.copyOf(scenarios);
    }

    /** Issue 8's sizes, every scenario. */
    public static FaultOptions defaults() {
        return new FaultOptions(Scenarios.NAMES, DEFAULT_PORT_OFFSET, null, 10_000, 10_000, 2_000, 500, 200, 10, 900,
                8);
    }

    /**
     * The options of a command line ({@code --name value} or {@code --name=value}) on top of {@link #defaults()}.
     *
     * @throws IllegalArgumentException for an unknown option or a bad value, with a message for the user
     */
    public static FaultOptions parse(List<String> args, Path workingDir) {
        Given given = new Given(defaults());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean inline = arg.contains("=");
            String name = inline ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!inline && (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))) {
                throw new IllegalArgumentException(USAGE.contains(" " + name + " ") ? name + " needs a value"
                        : "unknown option '" + arg + "'");
            }
            String value = (inline ? arg.substring(arg.indexOf('=') + 1) : args.get(++i)).trim();
            switch (name) {
                case "--scenario" -> given.scenarios = scenarioNames(value);
                case "--port-offset" -> given.portOffset = count(name, value, 0);
                case "--run-dir" -> given.runRoot = workingDir.resolve(value).toAbsolutePath().normalize();
                case "--receipts" -> given.receipts = count(name, value, 10);
                case "--import-orders" -> given.importOrders = count(name, value, 10);
                case "--orders" -> given.orders = count(name, value, 10);
                case "--items" -> given.items = count(name, value, 3);
                case "--race-orders" -> given.raceOrders = count(name, value, 5);
                case "--outage" -> given.outageSeconds = count(name, value, 1);
                case "--timeout" -> given.timeoutSeconds = count(name, value, 10);
                case "--seed" -> given.seed = count(name, value, 0);
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return given.options();
    }

    /** The options as the command line sets them one by one. */
    private static final class Given {
        List<String> scenarios;
        int portOffset;
        Path runRoot;
        int receipts;
        int importOrders;
        int orders;
        int items;
        int raceOrders;
        int outageSeconds;
        int timeoutSeconds;
        long seed;

        Given(FaultOptions defaults) {
            scenarios = defaults.scenarios;
            portOffset = defaults.portOffset;
            runRoot = defaults.runRoot;
            receipts = defaults.receipts;
            importOrders = defaults.importOrders;
            orders = defaults.orders;
            items = defaults.items;
            raceOrders = defaults.raceOrders;
            outageSeconds = defaults.outageSeconds;
            timeoutSeconds = defaults.timeoutSeconds;
            seed = defaults.seed;
        }

        FaultOptions options() {
            return new FaultOptions(scenarios, portOffset, runRoot, receipts, importOrders, orders, items, raceOrders,
                    outageSeconds, timeoutSeconds, seed);
        }
    }

    /**
     * The sizes of the quick runs in {@code mvn verify}: a few hundred messages, a few dozen racing orders; each
     * wait for the system at most {@code timeout}.
     */
    public static FaultOptions quick(Duration timeout) {
        return new FaultOptions(Scenarios.NAMES, DEFAULT_PORT_OFFSET, null, 300, 120, 120, 20, 24, 5,
                (int) timeout.toSeconds(), 8);
    }

    private static List<String> scenarioNames(String value) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (trimmed.equals("all")) {
                names.addAll(Scenarios.NAMES);
            } else if (Scenarios.NAMES.contains(trimmed)) {
                names.add(trimmed);
            } else {
                throw new IllegalArgumentException("unknown scenario '" + trimmed + "'; the scenarios are "
                        + String.join(", ", Scenarios.NAMES) + " and all");
            }
        }
        // in the documented order, whatever order they were named in
        List<String> ordered = new ArrayList<>(Scenarios.NAMES);
        ordered.retainAll(names);
        return ordered;
    }

    private static int count(String option, String value, int least) {
        int number;
        try {
            number = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
        if (number < least) {
            throw new IllegalArgumentException(option + " must be at least " + least + ", not " + number);
        }
        return number;
    }
}
