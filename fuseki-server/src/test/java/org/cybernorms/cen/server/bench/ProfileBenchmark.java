package org.cybernorms.cen.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;

/**
 * How fast the front door's pages answer: the server on the real knowledge base, in this
 * JVM on loopback port 0; each page fetched as HTML by one client, after a warm-up, and the
 * p50 and p99 of each printed (docs/performance.md). A benchmark, never a test: it fails
 * nothing. Run:
 * {@code ./mvnw -B -q -o -pl fuseki-server -Pprofile-benchmark test-compile exec:exec}
 * (arguments: requests per page, warm-up requests per page).
 */
public final class ProfileBenchmark {

    static final List<String> PAGES = List.of("id/state/DNK", "id/state/RUS", "id/state/USA",
            "id/question/countermeasures-prior-notification", "id/question/sovereignty-standalone-rule",
            "id/norm/oxford-2020/2a", "id/operation/dnc-2016", "id/response/us-response-russia-2016",
            "", "states", "questions", "norms", "cases");

    private ProfileBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (RunningServer server = RunningServer.start(ServeOptions.defaults().withPort(0))) {
            System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s %9s%n", "page (HTML, one client, loopback)", "p50 ms",
                    "p99 ms", "req/s", "bytes");
            Latencies profiles = null;
            for (String page : PAGES) {
                URI uri = URI.create(server.url() + page);
                HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
                int bytes = 0;
                for (int i = 0; i < warmUp; i++) {
                    bytes = fetch(client, request).length();
                }
                long[] nanos = new long[requests];
                long start = System.nanoTime();
                for (int i = 0; i < requests; i++) {
                    long t0 = System.nanoTime();
                    fetch(client, request);
                    nanos[i] = System.nanoTime() - t0;
                }
                Latencies latencies = new Latencies(nanos, System.nanoTime() - start, 0);
                if (page.startsWith("id/")) {
                    profiles = profiles == null ? latencies : profiles.plus(latencies);
                }
                System.out.printf(Locale.ROOT, "%-52s %8.2f %8.2f %8.0f %9d%n", page.isEmpty() ? "/ (home)" : "/" + page,
                        latencies.p50Millis(), latencies.p99Millis(), latencies.throughput(), bytes);
            }
            System.out.printf(Locale.ROOT, "%-52s %8.2f %8.2f%n", "all profile pages together", profiles.p50Millis(),
                    profiles.p99Millis());
        }
    }

    private static String fetch(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
