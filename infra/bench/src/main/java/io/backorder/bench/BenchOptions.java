package io.backorder.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to run and how big. Defaults are issue 7's sizes; every size can be scaled down for a quick run, and the report
 * prints the arguments so that a scaled-down figure is never mistaken for a full one.
 *
 * @param attach        use a stack that runs already (./run.sh or devstack with the same {@code portOffset})
 * @param runDir        the attached stack's run directory, for its pids (memory); {@code null}: memory not measured
 * @param keepData      keep a started stack's databases and topics after its scenarios (they take gigabytes a run)
 * @param out           where the JSON report goes ({@code null}: into this run's directory under target/)
 * @param warmUpRounds  the most warm-up bursts of {@code warmUpOrders}: they end once the JIT compilers go quiet
 * @param fillFullAnswer ask the fill for its answer line by line, as the console does, instead of its totals only
 * @param timeoutSeconds how long any one phase may wait for the system before it is reported as not finished
 * @param profile       sample the JVMs' CPU with async-profiler in the measured phases and report it by library
 */
public record BenchOptions(
        Set<String> scenarios,
        int portOffset,
        boolean attach,
        Path runDir,
        boolean keepData,
        Path out,
        long seed,
        int orders,
        int warmUpOrders,
        int warmUpRounds,
        int linesPerOrder,
        int items,
        int maxQuantity,
        double zipfExponent,
        double backorderShare,
        int sustainedSeconds,
        double pacedRate,
        int pageSampleEvery,
        int comparatorThreads,
        int ceilingMessages,
        int hotOrders,
        int hotWindow,
        int hotWarmUp,
        int fillLines,
        int fillItems,
        boolean fillFullAnswer,
        int timeoutSeconds,
        boolean profile) {

    /** Every scenario, in the order {@code all} runs them: rebuild reads what mixed wrote, on mixed's stack. */
    public static final List<String> SCENARIOS = List.of("mixed", "rebuild", "hot-item", "fill");
    /** Not the stack's 0, nor the 100s and 200s people use by hand. */
    public static final int DEFAULT_PORT_OFFSET = 300;
    /** The most skus one {@code POST /api/backorder-fills} names (FillRequest's limit). */
    public static final int MAX_FILL_SKUS = 1000;

    public static final String USAGE = """
            Usage: ./bench.sh [options]
                   java -jar infra/bench/target/bench.jar [options]

            Starts a fresh stack per scenario (devstack: Kafka, PostgreSQL, the four services, no demo data) under
            infra/bench/target/bench-runs/<time>/, drives it, and prints a markdown table; the JSON report goes
            beside it. Nothing is asserted: figures are reported against issue 7's goals.

            Scenarios:
              --scenario NAME     mixed, hot-item, fill, rebuild or all (default mixed); repeatable.
                                  rebuild runs after mixed on mixed's stack (so it runs mixed too)

            Stack:
              --port-offset N     ports of the stack the bench starts or attaches to (default 300)
              --attach            use a stack that runs already at --port-offset (e.g. ./run.sh: --port-offset 0)
              --run-dir DIR       with --attach: that stack's run directory, for the services' memory
              --keep-data         keep the PostgreSQL and Kafka data of the stacks the bench started (by default
                                  only their logs and the report stay: a full run's data is several gigabytes)
              --out FILE          the JSON report (default: bench-result.json in this run's directory)
              --timeout S         the longest any phase waits for the system (default 300)
              --profile           sample the services' and Kafka's CPU with async-profiler (Linux x86-64) during
                                  mixed's burst and paced run and hot-item's orders: collapsed stacks per process
                                  in the run's directory, and a table of each process's CPU by library in the
                                  report (the agent is loaded before the warm-up, which it slows)

            mixed (issue 7: 3,000 orders of 3 lines over 1,000 items, Zipf, stock for ~80 % of demand, burst;
            then a sustained run at half the burst's throughput; the comparator and the Kafka ceiling):
              --orders N          orders in the burst (3000)
              --warm-up-orders N  orders over other items first, sent as a burst and reported apart, not compared:
                                  the services' JIT compilers work through the first minutes of load (3000; 0: none)
              --warm-up-rounds N  warm-up bursts at most: another is sent while the JIT compilers took more than
                                  a tenth of the stack's CPU in the last one (10)
              --lines N           lines per order (3)
              --items N           items (1000)
              --max-quantity N    units per line, drawn 1..N (3)
              --zipf S            Zipf exponent of the item draw (1.0; 0 is uniform)
              --backorder-share F share of lines that backorder (0.2: stock for ~80 % of demand)
              --sustained-seconds N  length of the paced run (60; 0 skips it)
              --paced-rate R      orders/s of the paced run (0: half the burst's, where issue 7 judges its p99);
                                  a fixed rate compares two builds at the same load on a machine whose speed varies
              --page-sample N     follow every N-th order's page on order-service (10)
              --comparator-threads N  client threads of the plain-JDBC comparator (4)
              --ceiling-messages N    messages of the raw Kafka ceiling (100000)
              --seed N            the workload's random seed (7)

            hot-item (one item, N one-line orders waiting on it):
              --hot-orders N      (10000)
              --hot-window N      decisions compared at the start and at the end (1000)
              --hot-warm-up N     orders on another item first, not compared (500; 0: none)

            fill (N waiting lines over M items, filled by one POST /api/backorder-fills after receipts):
              --fill-lines N      (100000)
              --fill-items M      (1000; at most 1000, the fill request's limit)
              --fill-full-answer  ask for the answer line by line (by default Prefer: return=minimal, its totals)

            Environment:
              BACKORDER_PG_URL, BACKORDER_PG_USER, BACKORDER_PG_PASSWORD: the PostgreSQL server to run on
              (as for ./run.sh) instead of an embedded one
            """;

    /** Every option that takes a value, with its default ("" for none). */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("--scenario", "mixed"),
            Map.entry("--port-offset", Integer.toString(DEFAULT_PORT_OFFSET)),
            Map.entry("--run-dir", ""),
            Map.entry("--out", ""),
            Map.entry("--timeout", "300"),
            Map.entry("--seed", "7"),
            Map.entry("--orders", "3000"),
            Map.entry("--warm-up-orders", "3000"),
            Map.entry("--warm-up-rounds", "10"),
            Map.entry("--lines", "3"),
            Map.entry("--items", "1000"),
            Map.entry("--max-quantity", "3"),
            Map.entry("--zipf", "1.0"),
            Map.entry("--backorder-share", "0.2"),
            Map.entry("--sustained-seconds", "60"),
            Map.entry("--paced-rate", "0"),
            Map.entry("--page-sample", "10"),
            Map.entry("--comparator-threads", "4"),
            Map.entry("--ceiling-messages", "100000"),
            Map.entry("--hot-orders", "10000"),
            Map.entry("--hot-window", "1000"),
            Map.entry("--hot-warm-up", "500"),
            Map.entry("--fill-lines", "100000"),
            Map.entry("--fill-items", "1000"));

    /** Issue 7's sizes, the mixed scenario, a fresh stack at the default port offset. */
    public static BenchOptions defaults() {
        return parse(List.of(), Path.of(""));
    }

    /**
     * The options of a command line ({@code --name value} or {@code --name=value}).
     *
     * @throws IllegalArgumentException for an unknown option or a bad value, with a message for the user
     */
    public static BenchOptions parse(List<String> args, Path workingDir) {
        Map<String, String> given = new HashMap<>(DEFAULTS);
        Set<String> scenarios = new LinkedHashSet<>();
        boolean attach = false;
        boolean keepData = false;
        boolean fillFullAnswer = false;
        boolean profile = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--attach")) {
                attach = true;
                continue;
            }
            if (name.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            if (name.equals("--fill-full-answer")) {
                fillFullAnswer = true;
                continue;
            }
            if (name.equals("--profile")) {
                profile = true;
                continue;
            }
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : valueAfter(args, i++, name);
            if (name.equals("--scenario")) {
                scenarios.addAll(scenarioNames(value));
            } else {
                given.put(name, value);
            }
        }
        BenchOptions options = new BenchOptions(
                scenarios.isEmpty() ? Set.copyOf(scenarioNames(DEFAULTS.get("--scenario"))) : Set.copyOf(scenarios),
                whole(given, "--port-offset", 0), attach,
                path(given, "--run-dir", workingDir), keepData, path(given, "--out", workingDir),
                Long.parseLong(given.get("--seed").trim()),
                whole(given, "--orders", 1), whole(given, "--warm-up-orders", 0),
                whole(given, "--warm-up-rounds", 1), whole(given, "--lines", 1), whole(given, "--items", 1),
                whole(given, "--max-quantity", 1), number(given, "--zipf", 0, 10),
                number(given, "--backorder-share", 0, 1), whole(given, "--sustained-seconds", 0),
                number(given, "--paced-rate", 0, 100_000), whole(given, "--page-sample", 1),
                whole(given, "--comparator-threads", 1),
                whole(given, "--ceiling-messages", 1), whole(given, "--hot-orders", 2), whole(given, "--hot-window", 2),
                whole(given, "--hot-warm-up", 0),
                whole(given, "--fill-lines", 1), whole(given, "--fill-items", 1), fillFullAnswer,
                whole(given, "--timeout", 1), profile);
        if (options.linesPerOrder() > options.items()) {
            throw new IllegalArgumentException("--lines " + options.linesPerOrder() + " is more than --items "
                    + options.items() + ": an order names each sku once");
        }
        if (options.fillItems() > MAX_FILL_SKUS) {
            throw new IllegalArgumentException("--fill-items is at most " + MAX_FILL_SKUS
                    + ", the most skus one fill request takes");
        }
        if (options.hotWindow() > options.hotOrders()) {
            throw new IllegalArgumentException("--hot-window " + options.hotWindow() + " is more than --hot-orders "
                    + options.hotOrders());
        }
        return options;
    }

    /** The scenarios to run, in the order of {@link #SCENARIOS}; rebuild brings mixed along (it reads mixed's events). */
    public List<String> plan() {
        List<String> plan = new ArrayList<>();
        for (String scenario : SCENARIOS) {
            boolean wanted = scenarios.contains(scenario)
                    || (scenario.equals("mixed") && scenarios.contains("rebuild"));
            if (wanted) {
                plan.add(scenario);
            }
        }
        return plan;
    }

    private static List<String> scenarioNames(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
            return SCENARIOS;
        }
        if (!SCENARIOS.contains(name)) {
            throw new IllegalArgumentException("unknown scenario '" + value + "'; the scenarios are "
                    + String.join(", ", SCENARIOS) + " and all");
        }
        return List.of(name);
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index + 1);
    }

    private static int whole(Map<String, String> given, String option, int least) {
        String value = given.get(option).trim().replace("_", "");
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
        }
        if (number < least) {
            throw new IllegalArgumentException(option + " must be at least " + least + ", not " + number);
        }
        return number;
    }

    private static double number(Map<String, String> given, String option, double least, double most) {
        String value = given.get(option).trim();
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
        }
        if (number < least || number > most) {
            throw new IllegalArgumentException(option + " must be between " + least + " and " + most + ", not " + value);
        }
        return number;
    }

    /** A path relative to the working directory, or {@code null} if not given. */
    private static Path path(Map<String, String> given, String option, Path workingDir) {
        String value = given.get(option).trim();
        return value.isEmpty() ? null : workingDir.resolve(value).toAbsolutePath().normalize();
    }
}
