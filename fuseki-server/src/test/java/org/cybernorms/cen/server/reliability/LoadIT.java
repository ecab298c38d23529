package org.cybernorms.cen.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.security.Bodies;
import org.cybernorms.cen.server.security.Web;
import org.junit.jupiter.api.Test;

/**
 * Sixteen concurrent clients on loopback against a real server with a one-second query
 * time limit, mixing SPARQL queries, linked-data pages, the ontology page, the comparison
 * views, malformed queries and queries that hit the time limit; a seventeenth client pings
 * {@code /$/ping} throughout. Bounded in requests and in time, it stops by itself. It
 * prints requests, answers by kind and status, p50 and p99; it asserts only correctness:
 * no 5xx but 503, every 503 a time limit, every expensive query a 503 within the limit
 * plus one second, malformed queries 400, pings always 200, no stack trace in any body,
 * and the heap after a full GC within 20% of what it was before.
 *
 * <p>Defaults: 1,600 requests or 60 s. {@code -Dcen.load.requests=N} and
 * {@code -Dcen.load.seconds=S} run longer (docs/security.md).
 */
class LoadIT {

    private static final int CLIENTS = 16;
    private static final int REQUESTS = Integer.getInteger("cen.load.requests", 1_600);
    private static final int SECONDS = Integer.getInteger("cen.load.seconds", 60);
    /** At most this share of requests are expensive queries (each holds a core for the time limit). */
    private static final double TIMEOUT_SHARE = 0.02;

    private static final List<String> QUERIES = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s a <" + CEN.State.getURI() + "> }",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l { ?s a <" + CEN.Position.getURI()
                    + "> ; rdfs:label ?l } ORDER BY ?s LIMIT 50",
            "ASK { ?op <" + CEN.violates.getURI() + "> ?norm }",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <" + CEN.Citation.getURI() + "> ; ?p ?o } LIMIT 200",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            "DESCRIBE <" + CEN.ID + "state/DNK>");
    private static final List<String> MALFORMED = List.of(
            "SELECT * WHERE { ?s ?p }", "SELEC ?s { ?s ?p ?o }", "SELECT ?s { ?s ?p ?o ", "ASK { FILTER( }",
            "PREFIX x: SELECT * {}", "SELECT * { ?s <no spaces allowed> ?o }");
    private static final List<String> VIEWS = List.of(
            "compare?states=DNK,ISR,EST", "compare", "queries", "matrix", "conflicts",
            "queries/positions-on-question?question=countermeasures-prior-notification");

    private enum Kind { QUERY, PAGE, ONTOLOGY, VIEW, MALFORMED, TIMEOUT }

    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    @Test
    void sixteenClientsMixingEverythingKeepTheServerCorrect() throws Exception {
        String base = LimitedServer.get().url();
        List<String> pages = pages(base);
        long limit = LimitedServer.TIMEOUT.toMillis();

        // Warm up every kind once, so that classes and caches loaded on first use are in the "before" heap.
        Random warm = new Random(0);
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < 3; i++) {
                request(base, pages, kind, warm, limit);
            }
        }
        statuses.clear();
        failures.clear();
        latencies.clear();
        long heapBefore = settledHeap();

        AtomicInteger issued = new AtomicInteger();
        AtomicInteger expensive = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(8_000 + c);
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int n = issued.incrementAndGet();
                    if (n > REQUESTS) {
                        return null;
                    }
                    Kind kind = Kind.values()[random.nextInt(Kind.values().length - 1)];
                    if (random.nextDouble() < TIMEOUT_SHARE * Kind.values().length
                            && expensive.incrementAndGet() <= REQUESTS * TIMEOUT_SHARE) {
                        kind = Kind.TIMEOUT;
                    }
                    request(base, pages, kind, random, limit);
                }
                return null;
            }));
        }
        AtomicInteger pings = new AtomicInteger();
        List<Long> pingMillis = Collections.synchronizedList(new ArrayList<>());
        Future<?> pinger = pool.submit(() -> {
            while (!clients.stream().allMatch(Future::isDone)) {
                long start = System.nanoTime();
                HttpResponse<String> ping = Web.get(base + "$/ping", null);
                pingMillis.add((System.nanoTime() - start) / 1_000_000);
                pings.incrementAndGet();
                if (ping.statusCode() != 200) {
                    failures.add("ping answered " + ping.statusCode());
                }
                Thread.sleep(100);
            }
            return null;
        });
        for (Future<?> client : clients) {
            client.get(SECONDS + 120L, TimeUnit.SECONDS);
        }
        pinger.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        Thread.sleep(limit + 1_000); // let cancelled queries unwind
        long heapAfter = settledHeap();

        report(pings.get(), pingMillis, heapBefore, heapAfter);
        assertThat(failures).as("correctness failures").isEmpty();
        assertThat(pings.get()).as("pings during the run").isPositive();
        assertThat(statuses.keySet()).as("no 5xx but 503").allMatch(k -> !k.matches(".* 5\\d\\d") || k.endsWith(" 503"));
        assertThat(statuses.getOrDefault("TIMEOUT 503", new LongAdder()).sum()).as("the time limit was hit").isPositive();
        assertThat(heapAfter).as("heap after a full GC within 20%% of before (%d -> %d bytes)", heapBefore, heapAfter)
                .isLessThanOrEqualTo((long) (heapBefore * 1.2));
    }

    private void request(String base, List<String> pages, Kind kind, Random random, long limit) {
        long start = System.nanoTime();
        HttpResponse<String> response = switch (kind) {
            case QUERY -> Web.postForm(base + "cen/sparql", "query", pick(QUERIES, random), "*/*");
            case PAGE -> Web.get(pick(pages, random), pick(List.of("text/html", "text/turtle", "application/ld+json"), random));
            case ONTOLOGY -> Web.get(base + "ontology", "text/html");
            case VIEW -> Web.get(base + pick(VIEWS, random), "text/html");
            case MALFORMED -> Web.get(base + "cen/query?query=" + enc(pick(MALFORMED, random)), "*/*");
            case TIMEOUT -> Web.postForm(base + "cen/sparql", "query", LimitedServer.CROSS_PRODUCT,
                    "application/sparql-results+json");
        };
        long millis = (System.nanoTime() - start) / 1_000_000;
        int status = response.statusCode();
        statuses.computeIfAbsent(kind + " " + status, k -> new LongAdder()).increment();
        latencies.add(millis);
        String what = kind + " " + response.request().uri();
        switch (kind) {
            case MALFORMED -> expect(status == 400, what + " answered " + status);
            case TIMEOUT -> {
                expect(status == 503, what + " answered " + status);
                expect(millis <= limit + 1_000, what + " answered after " + millis + " ms");
            }
            default -> expect(status == 200 || status == 503, what + " answered " + status);
        }
        if (status == 503) {
            expect(response.body().toLowerCase(Locale.ROOT).contains("time"), what + ": a 503 that is not a time limit: "
                    + response.body());
        }
        try {
            Bodies.assertNoStackTrace(what, response.body());
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private void expect(boolean ok, String failure) {
        if (!ok) {
            failures.add(failure);
        }
    }

    /**
     * Used heap once the collector has settled: the smallest of five readings, each taken
     * right after {@code System.gc()} and a short pause. Taking the minimum discards
     * readings made while a background thread (Jetty, the HTTP client) was allocating.
     */
    static long settledHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private void report(int pings, List<Long> pingMillis, long heapBefore, long heapAfter) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Long> pingSorted = new ArrayList<>(pingMillis);
        Collections.sort(pingSorted);
        Map<String, Long> byKind = new TreeMap<>();
        statuses.forEach((k, v) -> byKind.put(k, v.sum()));
        System.out.printf(Locale.ROOT, "load: %d clients, %d requests; answers by kind and status %s%n",
                CLIENTS, sorted.size(), byKind);
        System.out.printf(Locale.ROOT, "load: latency p50 %d ms, p99 %d ms, max %d ms; %d pings, p99 %d ms%n",
                percentile(sorted, 50), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                pings, percentile(pingSorted, 99));
        System.out.printf(Locale.ROOT, "load: heap after full GC %.1f MB before, %.1f MB after (%+.1f%%); failures %d; client retries %d%n",
                heapBefore / 1e6, heapAfter / 1e6, 100.0 * (heapAfter - heapBefore) / heapBefore, failures.size(),
                Web.retries());
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Linked-data pages of things the data hold, found once on the live endpoint. */
    private static List<String> pages(String base) {
        HttpResponse<String> response = Web.postForm(base + "cen/sparql", "query",
                "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + CEN.ID + "\")) } ORDER BY ?s LIMIT 200", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> pages = response.body().lines().skip(1).map(String::strip)
                .map(iri -> base + "id/" + iri.substring(CEN.ID.length())).toList();
        assertThat(pages).hasSizeGreaterThan(50);
        return pages;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
