package io.backorder.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Times the GET calls a page of the console makes, for the page-timing measurements (run by name, never in
 * {@code mvn verify}): each call some runs after warm-ups, every answer a 200, reported as a markdown table of the
 * median, the 90th percentile and the slowest, in milliseconds at the HTTP client.
 */
public final class CallTimings {

    private CallTimings() {
    }

    /**
     * One table row per call, named by the map's keys.
     *
     * @param rowsAnswered what to show of an answer in a "rows answered" column; null: no such column
     */
    public static List<String> table(Map<String, String> calls, int warmUps, int runs,
                                     Function<Response, String> rowsAnswered) {
        List<String> table = new ArrayList<>();
        table.add(rowsAnswered == null ? "| console call | median ms | p90 ms | slowest ms |"
                : "| console page: call | rows answered | median ms | p90 ms | slowest ms |");
        table.add(rowsAnswered == null ? "|---|---:|---:|---:|" : "|---|---:|---:|---:|---:|");
        for (Map.Entry<String, String> call : calls.entrySet()) {
            long[] millis = new long[runs];
            String rows = "";
            for (int run = -warmUps; run < runs; run++) {
                long started = System.nanoTime();
                Response response = given().get(call.getValue());
                long took = (System.nanoTime() - started) / 1_000_000;
                response.then().statusCode(200);
                if (run >= 0) {
                    millis[run] = took;
                }
                rows = rowsAnswered == null ? null : rowsAnswered.apply(response);
            }
            Arrays.sort(millis);
            String figures = "%d | %d | %d |".formatted(millis[runs / 2], millis[(int) Math.ceil(runs * 0.9) - 1],
                    millis[runs - 1]);
            table.add("| %s: `%s` | %s%s".formatted(call.getKey(), call.getValue(),
                    rows == null ? "" : rows + " | ", figures));
        }
        return table;
    }

    /** The 1-minute load average, to read a figure by: a timing on a busy machine says little. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Prints the report and keeps it in {@code target/<file>}. */
    public static void publish(String report, String file) throws IOException {
        System.out.println(report);
        Files.writeString(Path.of("target", file), report);
    }
}
