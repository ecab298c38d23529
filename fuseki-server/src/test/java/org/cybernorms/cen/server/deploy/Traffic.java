package org.cybernorms.cen.server.deploy;

import java.io.IOException;
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
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop readers on loopback: each sends a GET, reads the whole answer, and sends the
 * next, until stopped or past its bounds (a number of requests, a time). Half the requests
 * are pages and catalogue results a cache can answer; the other half are SPARQL GETs made
 * unique by a comment, which only a replica can answer. Every answer is counted: 200, 503
 * (an overloaded replica may say so), anything else or a connection error is a failure.
 */
final class Traffic implements AutoCloseable {

    /** Answers a cache may hold. */
    static final List<String> CACHEABLE = List.of(
            "queries/positions-on-question?question=countermeasures-prior-notification",
            "id/state/DNK",
            "compare?states=DNK,ISR",
            "queries");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool;
    private final List<Future<?>> clients = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger overloaded = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
    private final long maxRequests;
    private final long deadline;
    private long started;
    private long stopped;

    private Traffic(String base, int clients, long maxRequests, Duration maxTime) {
        this.base = base;
        this.pool = Executors.newFixedThreadPool(clients);
        this.maxRequests = maxRequests;
        this.deadline = System.nanoTime() + maxTime.toNanos();
        this.started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            this.clients.add(pool.submit(() -> loop(client)));
        }
    }

    /** Starts {@code clients} readers on {@code base}, bounded by a count and a time. */
    static Traffic start(String base, int clients, long maxRequests, Duration maxTime) {
        return new Traffic(base, clients, maxRequests, maxTime);
    }

    private void loop(int client) {
        List<Long> mine = new ArrayList<>();
        try {
            for (long n = 0; !stop.get() && System.nanoTime() < deadline; n++) {
                long number = sent.incrementAndGet();
                if (number > maxRequests) {
                    break;
                }
                String path = n % 2 == 0 ? CACHEABLE.get((int) (n / 2 % CACHEABLE.size()))
                        : "cen/sparql?query=" + URLEncoder.encode(
                                "SELECT (COUNT(*) AS ?n) { ?s a ?c } # client " + client + " request " + n,
                                StandardCharsets.UTF_8);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                        .header("Accept", n % 2 == 0 ? "text/html" : "application/sparql-results+json").GET().build();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() == 200) {
                        ok.incrementAndGet();
                        mine.add(System.nanoTime() - t0);
                    } else if (answer.statusCode() == 503) {
                        overloaded.incrementAndGet();
                    } else {
                        failures.add(answer.statusCode() + " on " + path);
                    }
                } catch (IOException e) {
                    failures.add(e + " on " + path);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            latencies.add(mine.stream().mapToLong(Long::longValue).toArray());
        }
    }

    /** Stops the readers and waits for their last answers. */
    Traffic stop() throws Exception {
        stop.set(true);
        for (Future<?> client : clients) {
            client.get();
        }
        stopped = System.nanoTime();
        pool.shutdown();
        return this;
    }

    int answered() {
        return ok.get();
    }

    int overloaded() {
        return overloaded.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** One line of figures: requests, answers, failures, throughput, latencies. */
    String report() {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = (stopped - started) / 1e9;
        return String.format(Locale.ROOT,
                "%d requests in %.1f s (%.0f/s): %d answered 200, %d answered 503, %d failed; p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                ok.get() + overloaded.get() + failures.size(), seconds, (ok.get() + overloaded.get()) / seconds,
                ok.get(), overloaded.get(), failures.size(), percentile(all, 0.50), percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    @Override
    public void close() throws Exception {
        if (!pool.isShutdown()) {
            stop();
        }
    }
}
