package org.cybernorms.cen.server.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;

/**
 * What nginx's cache and more replicas buy (docs/performance.md): throughput of one
 * {@code cen serve} without a proxy, and of {@code deploy/replicas.sh} with 1 and with 2
 * replicas behind nginx, all running side by side and measured in rounds that alternate
 * between them, on two workloads (the catalogue queries with their example parameters; the
 * pages of every State), each cold (every request a cache miss) and warm (every request a
 * hit). Then the store of a replica: start-up, memory and page throughput in memory, in a
 * new TDB2 directory, and in a copy of a built one.
 *
 * <p>Cold without changing the answer: each request carries an Accept header of its own
 * ({@code text/html, application/x-bench-N;q=0.1}), which is part of nginx's cache key
 * and which the server's negotiation reads as HTML.
 *
 * <pre>
 * ./mvnw -B -q -o -DskipTests package        # the jar the replicas run
 * ./mvnw -B -q -o -pl fuseki-server -Pbenchmark-replicas test-compile exec:exec \
 *     [-Dbench.args="--seconds 3 --rounds 2 --clients 8 --warmup 5"]
 * </pre>
 */
public final class ReplicasBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong UNIQUE = new AtomicLong();

    private ReplicasBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--seconds", "3", "--rounds", "2", "--clients", "8", "--warmup", "5",
                "--out", "target/bench-replicas"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        double seconds = Double.parseDouble(options.get("--seconds"));
        int rounds = Integer.parseInt(options.get("--rounds"));
        int clients = Integer.parseInt(options.get("--clients"));
        Path out = Path.of(options.get("--out")).toAbsolutePath();
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%d cores, load average before %s; %d clients, %d rounds of %.0f s%n%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), clients, rounds, seconds));
        report.append(throughput(out, clients, seconds, rounds, Double.parseDouble(options.get("--warmup"))));
        report.append(String.format(Locale.ROOT, "%nload average after: %s%n%n", loadAverage()));
        report.append(stores(out, clients, seconds));
        System.out.println();
        System.out.println(report);
        Files.writeString(out.resolve("replicas.md"), report);
    }

    // --- throughput: direct, nginx + 1, nginx + 2 -------------------------------------

    private static String throughput(Path out, int clients, double seconds, int rounds, double warmup) throws Exception {
        Map<String, String> setups = new LinkedHashMap<>();
        List<AutoCloseable> running = new ArrayList<>();
        try {
            Single direct = Single.start(out.resolve("direct"));
            running.add(direct);
            setups.put("cen serve, no proxy", direct.url);
            Replicas one = Replicas.start(1, out.resolve("nginx-1"), Duration.ofMinutes(5));
            running.add(one);
            setups.put("nginx + 1 replica", one.url());
            Replicas two = Replicas.start(2, out.resolve("nginx-2"), Duration.ofMinutes(5));
            running.add(two);
            setups.put("nginx + 2 replicas", two.url());

            Map<String, List<String>> workloads = new LinkedHashMap<>();
            workloads.put("catalogue", catalogue());
            workloads.put("pages", pages(direct.url));
            // The JIT of every server, on every workload, before anything is measured.
            for (String base : setups.values()) {
                for (List<String> paths : workloads.values()) {
                    measure(base, paths, false, clients, warmup);
                }
            }
            StringBuilder table = new StringBuilder(
                    "| workload | cache | setup | requests/s | p50 ms | p99 ms | failed |\n|---|---|---|---:|---:|---:|---:|\n");
            for (var workload : workloads.entrySet()) {
                for (boolean warm : new boolean[] {false, true}) {
                    Map<String, List<Run>> runs = new LinkedHashMap<>();
                    for (var setup : setups.entrySet()) {
                        // Warm-up: the JIT, and for a warm cache every entry once.
                        measure(setup.getValue(), workload.getValue(), warm, clients, Math.max(1, seconds / 2));
                        runs.put(setup.getKey(), new ArrayList<>());
                    }
                    for (int r = 0; r < rounds; r++) {
                        for (var setup : setups.entrySet()) {
                            Run run = measure(setup.getValue(), workload.getValue(), warm, clients, seconds);
                            runs.get(setup.getKey()).add(run);
                            System.out.printf(Locale.ROOT, "%s %s %s round %d: %s%n", workload.getKey(),
                                    warm ? "warm" : "cold", setup.getKey(), r + 1, run);
                        }
                    }
                    for (var setup : runs.entrySet()) {
                        Run all = Run.merge(setup.getValue());
                        table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.1f | %.1f | %d |%n",
                                workload.getKey(), warm ? "warm" : "cold", setup.getKey(), all.throughput(),
                                all.percentile(0.5), all.percentile(0.99), all.failed));
                    }
                }
            }
            return table.toString();
        } finally {
            java.util.Collections.reverse(running);
            for (AutoCloseable c : running) {
                c.close();
            }
        }
    }

    /** The catalogue queries with their example parameters, as HTML result pages. */
    private static List<String> catalogue() {
        List<String> paths = new ArrayList<>();
        for (CatalogueQuery query : QueryCatalogue.load().list()) {
            String params = query.header().example().entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            paths.add("queries/" + query.name() + (params.isEmpty() ? "" : "?" + params));
        }
        return paths;
    }

    /** The page of every State the server knows. */
    private static List<String> pages(String base) throws Exception {
        String query = "SELECT ?s { ?s a <https://w3id.org/cyber-election-norms/ontology#State> } ORDER BY ?s";
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base + "cen/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        String prefix = "https://w3id.org/cyber-election-norms/";
        return answer.body().lines().skip(1).map(String::strip).filter(s -> s.startsWith(prefix + "id/"))
                .map(s -> s.substring(prefix.length())).toList();
    }

    private static Run measure(String base, List<String> paths, boolean warm, int clients, double seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[256];
                    int n = 0;
                    for (int i = client; System.nanoTime() < end; i++) {
                        String accept = warm ? "text/html" : "text/html, application/x-bench-" + UNIQUE.incrementAndGet() + ";q=0.1";
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                                .timeout(Duration.ofSeconds(30)).header("Accept", accept).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() != 200) {
                                failed.incrementAndGet();
                                continue;
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> parts = new ArrayList<>();
            for (Future<long[]> f : futures) {
                parts.add(f.get());
            }
            return new Run(parts.stream().flatMapToLong(Arrays::stream).toArray(), System.nanoTime() - start, failed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Answers and their latencies over some wall time. */
    record Run(long[] latencies, long wallNanos, int failed) {

        static Run merge(List<Run> runs) {
            return new Run(runs.stream().flatMapToLong(r -> Arrays.stream(r.latencies)).toArray(),
                    runs.stream().mapToLong(Run::wallNanos).sum(), runs.stream().mapToInt(Run::failed).sum());
        }

        double throughput() {
            return latencies.length / (wallNanos / 1e9);
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f/s, p50 %.1f ms, p99 %.1f ms, %d failed", throughput(),
                    percentile(0.5), percentile(0.99), failed);
        }
    }

    // --- the store of a replica ----------------------------------------------------------

    private static String stores(Path out, int clients, double seconds) throws Exception {
        Path built = out.resolve("tdb2-built");
        Path copy = out.resolve("tdb2-copy");
        deleteTree(built);
        deleteTree(copy);
        StringBuilder table = new StringBuilder(
                "| store of a replica | ready after (s) | resident memory (MB) | pages/s, 8 clients |\n|---|---:|---:|---:|\n");
        table.append(store("in memory (reasons at start)", out.resolve("mem"), clients, seconds));
        table.append(store("TDB2, new directory (reasons, writes)", out.resolve("tdb-new"), clients, seconds,
                "--tdb2", built.toString()));
        copyTree(built, copy);
        table.append(store("TDB2, copy of a built directory (reused)", out.resolve("tdb-copy"), clients, seconds,
                "--tdb2", copy.toString()));
        try (Single first = Single.start(out.resolve("lock-1"), "--tdb2", copy.toString())) {
            Process second = new ProcessBuilder("java", "-Xmx256m", "-jar", Replicas.JAR.toString(), "serve", "--port", "0",
                    "--tdb2", copy.toString()).redirectErrorStream(true).start();
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
                    .orElse("");
            table.append(String.format(Locale.ROOT, "%nTwo replicas on one TDB2 directory: the second exits %d: %s%n",
                    second.waitFor(), said.length() > 160 ? said.substring(0, 160) + "..." : said));
        }
        return table.toString();
    }

    private static String store(String name, Path dir, int clients, double seconds, String... args) throws Exception {
        try (Single server = Single.start(dir, args)) {
            List<String> pages = pages(server.url);
            measure(server.url, pages, true, clients, Math.max(1, seconds / 2));
            Run run = measure(server.url, pages, true, clients, seconds);
            return String.format(Locale.ROOT, "| %s | %.1f | %d | %.0f |%n", name, server.readySeconds, server.residentMegabytes(),
                    run.throughput());
        }
    }

    /** One {@code cen serve} from the jar, as a replica runs (256 MB heap), on a free port. */
    private static final class Single implements AutoCloseable {
        final Process process;
        final String url;
        final double readySeconds;

        private Single(Process process, String url, double readySeconds) {
            this.process = process;
            this.url = url;
            this.readySeconds = readySeconds;
        }

        static Single start(Path dir, String... args) throws IOException {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", Replicas.JAR.toString(), "serve",
                    "--port", "0"));
            command.addAll(List.of(args));
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.log").toFile()).start();
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (line == null || !line.startsWith("CEN-KG serving ")) {
                process.destroyForcibly();
                throw new IllegalStateException("cen serve did not start: " + line + " " + Files.readString(dir.resolve("stderr.log")));
            }
            return new Single(process, line.split(" ")[2], (System.nanoTime() - t0) / 1e9);
        }

        long residentMegabytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
