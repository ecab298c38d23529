package org.cybernorms.cen.server.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop SPARQL clients: each sends a query, reads the whole answer, and sends it
 * again at once, for a fixed time. Latency runs from sending to the last byte read.
 */
final class LoadDriver {

    static final String ACCEPT = "application/sparql-results+json";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One request, as a client of the endpoint sends it (an HTML form POST). */
    static HttpRequest request(String endpoint, String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout)
                .header("Accept", ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** Sends once and returns the answer; fails on anything but 200. */
    String fetch(String endpoint, String query, Duration timeout) throws Exception {
        HttpResponse<String> response = http.send(request(endpoint, query, timeout), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(endpoint + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** {@code clients} clients send {@code query} for {@code duration}. */
    Latencies run(String endpoint, String query, int clients, Duration duration) throws Exception {
        HttpRequest request = request(endpoint, query, Duration.ofSeconds(60));
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failures = new AtomicInteger();
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> loop(request, end, failures)));
            }
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> result : results) {
                perClient.add(result.get());
            }
            long wall = System.nanoTime() - start;
            return new Latencies(concat(perClient), wall, failures.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] loop(HttpRequest request, long end, AtomicInteger failures) throws Exception {
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
            long sent = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                failures.incrementAndGet();
                continue;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = took;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static long[] concat(List<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
