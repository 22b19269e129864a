package io.backorder.bench.observe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' own histograms of each hop's wait, at {@code /q/metrics} (open to scrapers): each consumer's records,
 * from their producer to the commit of the batch that handled them ({@code backorder_consumer_record_delay_seconds},
 * by consumer), and each relay's outbox rows, from their transaction's start to their deletion once the broker
 * acknowledged them ({@code backorder_outbox_publish_delay_seconds}, named "&lt;service&gt; relay" here). Read before
 * and after a phase: the difference of the cumulative bucket counts is that phase's alone.
 */
public final class HopWaits {

    private static final Pattern BUCKET = Pattern.compile(
            "^backorder_(consumer_record|outbox_publish)_delay_seconds_bucket\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A phase's waits at one hop: how many records, and the bucket bounds their median and p99 fall in. */
    public record Delay(long records, double p50Ms, double p99Ms) {
    }

    /** Cumulative record counts by hop, then by bucket bound in seconds (+Inf as infinity). */
    public record Snapshot(Map<String, NavigableMap<Double, Double>> buckets) {

        /** @param service whose metrics these are, which names its relay */
        public static Snapshot parse(String metrics, String service) {
            Map<String, NavigableMap<Double, Double>> buckets = new HashMap<>();
            Matcher bucket = BUCKET.matcher(metrics);
            while (bucket.find()) {
                Map<String, String> labels = new HashMap<>();
                Matcher label = LABEL.matcher(bucket.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                String hop = bucket.group(1).equals("outbox_publish") ? service + " relay" : labels.get("consumer");
                String le = labels.get("le");
                Double bound = le == null ? null : le.equals("+Inf") ? Double.valueOf(Double.POSITIVE_INFINITY)
                        : number(le);
                Double count = number(bucket.group(3));
                // a line that does not read as a bucket is left out, not let to end the run
                if (hop != null && bound != null && count != null) {
                    buckets.computeIfAbsent(hop, ignored -> new TreeMap<>()).put(bound, count);
                }
            }
            return new Snapshot(buckets);
        }

        private static Double number(String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Each hop's waits between {@code before} and this snapshot; hops without records left out. */
        public Map<String, Delay> since(Snapshot before) {
            Map<String, Delay> delays = new TreeMap<>();
            buckets.forEach((hop, after) -> {
                NavigableMap<Double, Double> earlier = before.buckets().getOrDefault(hop, new TreeMap<>());
                NavigableMap<Double, Double> phase = new TreeMap<>();
                after.forEach((bound, count) -> phase.put(bound, count - earlier.getOrDefault(bound, 0.0)));
                double total = phase.isEmpty() ? 0 : phase.lastEntry().getValue();
                if (total > 0) {
                    delays.put(hop, new Delay(Math.round(total), boundMs(phase, total * 0.5),
                            boundMs(phase, total * 0.99)));
                }
            });
            return delays;
        }

        /** The upper bound of the first bucket holding that many records; the highest finite one past it. */
        private static double boundMs(NavigableMap<Double, Double> cumulative, double records) {
            double finite = 0;
            for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
                if (bucket.getKey().isInfinite()) {
                    break;
                }
                finite = bucket.getKey();
                if (bucket.getValue() >= records) {
                    return finite * 1000;
                }
            }
            return finite * 1000;
        }
    }

    /** The hops of every service that answered; {@code serviceUrls} by service name. */
    public Snapshot scrape(Map<String, String> serviceUrls) {
        Map<String, NavigableMap<Double, Double>> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> service : serviceUrls.entrySet()) {
            String url = service.getValue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/metrics"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    all.putAll(Snapshot.parse(response.body(), service.getKey()).buckets());
                }
            } catch (IOException e) {
                // a service that does not answer shows no hops: the report then names none of them
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Snapshot(all);
            }
        }
        return new Snapshot(all);
    }
}
