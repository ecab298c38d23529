package org.cybernorms.cen.server.bench;

import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.server.cli.Cen;

/**
 * The serving benchmark of docs/performance.md: the catalogue queries (with their example
 * parameters) over HTTP on loopback, against the CEN-KG server and stock Fuseki serving
 * the same materialised dump, each server in a process of its own, in one run; then stock
 * Fuseki with Jena's OWL reasoner over the asserted data, for how many of the catalogue's
 * answers it gets right and how long it takes.
 *
 * <p>On every dataset, each server first runs every query (warm-up); then, for every query
 * and number of clients, each server is warmed up again, then measured in rounds that
 * alternate between the servers, so that a change in the machine's
 * load falls on all of them alike. Each answer is first compared with CEN-KG's: a speed is
 * compared only between servers that give the same answer.
 *
 * <p>Options: {@code --stock JAR} (required), {@code --datasets real,10000} (real data,
 * or that many generated operations beside it), {@code --clients 1,8}, {@code --seconds 2}
 * (per round), {@code --rounds 3}, {@code --warmup 2}, {@code --owl-limit 120} (seconds per
 * query; 0 leaves the OWL reasoner out), {@code --heap 2g} (each server), {@code --states 200 --positions 400 --seed 1}
 * (generated data), {@code --out target/bench}.
 */
public final class ServingBenchmark {

    record Options(Path stock, Path out, String heap, List<Integer> datasets, List<Integer> clients,
            Duration round, int rounds, Duration warmup, Duration owlLimit, int states, int positions, long seed) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected an option, got " + args[i]);
                }
                given.put(args[i].substring(2), args[i + 1]);
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option without a value: " + args[args.length - 1]);
            }
            Map<String, String> o = new LinkedHashMap<>(Map.of("datasets", "real,10000", "clients", "1,8",
                    "seconds", "2", "rounds", "3", "warmup", "2", "owl-limit", "120", "heap", "2g",
                    "states", "200", "positions", "400", "seed", "1"));
            o.put("out", "target/bench");
            for (var option : given.entrySet()) {
                if (!o.containsKey(option.getKey()) && !option.getKey().equals("stock")) {
                    throw new IllegalArgumentException("unknown option --" + option.getKey());
                }
                o.put(option.getKey(), option.getValue());
            }
            if (!o.containsKey("stock")) {
                throw new IllegalArgumentException("--stock JAR is required (the stock Fuseki server jar)");
            }
            return new Options(Path.of(o.get("stock")).toAbsolutePath(), Path.of(o.get("out")).toAbsolutePath(), o.get("heap"),
                    Arrays.stream(o.get("datasets").split(",")).map(d -> d.equals("real") ? 0 : Integer.parseInt(d)).toList(),
                    Arrays.stream(o.get("clients").split(",")).map(Integer::parseInt).toList(),
                    seconds(o.get("seconds")), Integer.parseInt(o.get("rounds")), seconds(o.get("warmup")),
                    seconds(o.get("owl-limit")), Integer.parseInt(o.get("states")),
                    Integer.parseInt(o.get("positions")), Long.parseLong(o.get("seed")));
        }

        private static Duration seconds(String value) {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        }
    }

    private static final Duration START_LIMIT = Duration.ofMinutes(10);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);

    private final Options options;
    private final StockFuseki stock;
    private final LoadDriver driver = new LoadDriver();
    private final Map<String, String> queries = new LinkedHashMap<>();
    /** Queries the OWL reasoner did not answer within the limit on a dataset already measured. */
    private final Set<String> owlUnanswered = new HashSet<>();

    private ServingBenchmark(Options options) throws Exception {
        this.options = options;
        this.stock = StockFuseki.at(options.stock(), options.out());
        for (CatalogueQuery query : QueryCatalogue.load().list()) {
            queries.put(query.name(), QueryRunner.bind(query, query.header().example()).toString());
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        String text = run(options).render();
        System.out.println();
        System.out.println(text);
        Path file = options.out().resolve("serving.md");
        Files.writeString(file, text);
        System.out.println("(written to " + file + ")");
    }

    /** Prepares each dataset, measures every setup on it, and returns the figures. */
    static ServingReport run(Options options) throws Exception {
        ServingBenchmark benchmark = new ServingBenchmark(options);
        ServingReport report = new ServingReport(options, benchmark.queries.keySet());
        for (int operations : options.datasets()) {
            BenchDataset dataset = BenchDataset.prepare(options.out(), operations, options.states(),
                    options.positions(), options.seed(), options.heap());
            System.out.printf("%n== %s: %,d triples served ==%n", dataset.name(), dataset.triples());
            report.load(dataset, "before");
            Map<String, ResultRows> reference = benchmark.measureServing(dataset, report);
            if (!options.owlLimit().isZero()) {
                benchmark.measureOwlReasoner(dataset, reference, report);
            }
            report.load(dataset, "after");
        }
        return report;
    }

    private List<Setup> servingSetups(BenchDataset dataset) {
        Path folder = options.out().resolve(dataset.name());
        String heap = options.heap();
        return List.of(
                new Setup("CEN-KG", "cen serve (in memory, union default graph, the default store)", port -> {
                    List<String> args = new ArrayList<>(List.of("serve", "--port=" + port, "--timeout=60"));
                    args.addAll(dataset.dataArgs());
                    return JavaProcess.command(heap, JavaProcess.ownMain(Cen.class), args);
                }),
                new Setup("stock TDB2", "stock Fuseki, the dump in TDB2 with tdb2:unionDefaultGraph",
                        port -> stock.command(heap, StockFuseki.tdb2Union(dataset.tdb2()), folder.resolve("tdb2.ttl"), port)),
                new Setup("stock memory", "stock Fuseki, the dump's triples in one in-memory default graph",
                        port -> stock.command(heap, StockFuseki.memory(dataset.union()), folder.resolve("memory.ttl"), port)));
    }

    /** Measures the serving setups; returns CEN-KG's answers, the reference for the others. */
    private Map<String, ResultRows> measureServing(BenchDataset dataset, ServingReport report) throws Exception {
        Path folder = options.out().resolve(dataset.name());
        List<Setup> setups = servingSetups(dataset);
        List<ServerProcess> servers = new ArrayList<>();
        try {
            for (Setup setup : setups) {
                ServerProcess server = ServerProcess.start(setup.name(), setup.command(),
                        folder.resolve(slug(setup.name()) + ".log"), START_LIMIT);
                servers.add(server);
                report.ready(dataset, setup, server.readySeconds());
                System.out.printf("%s ready in %.1f s%n", setup.name(), server.readySeconds());
            }
            Map<String, ResultRows> reference = new LinkedHashMap<>();
            for (var query : queries.entrySet()) {
                ResultRows ours = ResultRows.ofJson(driver.fetch(servers.get(0).endpoint(), query.getValue(), ANSWER_LIMIT));
                reference.put(query.getKey(), ours);
                report.rows(dataset, query.getKey(), ours.size());
                for (ServerProcess server : servers.subList(1, servers.size())) {
                    ResultRows rows = ResultRows.ofJson(driver.fetch(server.endpoint(), query.getValue(), ANSWER_LIMIT));
                    report.sameAnswer(dataset, query.getKey(), server.name(), rows.equals(ours));
                }
            }
            warmUp(servers);
            for (int clients : options.clients()) {
                for (var query : queries.entrySet()) {
                    measure(dataset, query.getKey(), query.getValue(), clients, servers, report);
                }
            }
            return reference;
        } finally {
            for (ServerProcess server : servers) {
                server.close();
            }
        }
    }

    /**
     * Runs every query on every server with the most clients before anything is measured,
     * so that the first queries measured do not pay for the JIT compiling the code all
     * queries share.
     */
    private void warmUp(List<ServerProcess> servers) throws Exception {
        int clients = options.clients().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (String query : queries.values()) {
            for (ServerProcess server : servers) {
                driver.run(server.endpoint(), query, clients, options.warmup());
            }
        }
    }

    private void measure(BenchDataset dataset, String name, String query, int clients, List<ServerProcess> servers,
            ServingReport report) throws Exception {
        for (ServerProcess server : servers) {
            driver.run(server.endpoint(), query, clients, options.warmup());
        }
        Map<String, Latencies> measured = new LinkedHashMap<>();
        for (int round = 0; round < options.rounds(); round++) {
            for (int i = 0; i < servers.size(); i++) {
                // Each round starts with a different server, so none is always measured first.
                ServerProcess server = servers.get((i + round) % servers.size());
                Latencies latencies = driver.run(server.endpoint(), query, clients, options.round());
                measured.merge(server.name(), latencies, Latencies::plus);
            }
        }
        StringBuilder line = new StringBuilder(String.format("%-36s %d client(s):", name, clients));
        for (ServerProcess server : servers) {
            Latencies l = measured.get(server.name());
            report.latencies(dataset, name, clients, server.name(), l);
            line.append(String.format("  %s p50 %.2f ms p99 %.2f ms %.0f q/s", server.name(), l.p50Millis(),
                    l.p99Millis(), l.throughput()));
        }
        System.out.println(line);
    }

    private void measureOwlReasoner(BenchDataset dataset, Map<String, ResultRows> reference, ServingReport report)
            throws Exception {
        Path folder = options.out().resolve(dataset.name());
        Setup setup = new Setup("stock OWL", "stock Fuseki, Jena's OWL rule reasoner (OWLFBRuleReasoner) over the asserted triples",
                port -> stock.command(options.heap(), StockFuseki.owlReasoner(dataset.asserted(), options.owlLimit().toMillis()),
                        folder.resolve("owl.ttl"), port));
        ServerProcess owl = ServerProcess.start(setup.name(), setup.command(), folder.resolve("stock-owl.log"), START_LIMIT);
        report.ready(dataset, setup, owl.readySeconds());
        try {
            for (var query : queries.entrySet()) {
                if (owlUnanswered.contains(query.getKey())) {
                    // Every generated dataset holds the real data: it would not answer there either.
                    report.owl(dataset, new OwlOutcome(query.getKey(), -1, false, 0,
                            "not tried: no answer on a smaller dataset"), reference.get(query.getKey()).size());
                    continue;
                }
                long start = System.nanoTime();
                OwlOutcome outcome;
                try {
                    ResultRows rows = ResultRows.ofJson(driver.fetch(owl.endpoint(), query.getValue(), options.owlLimit()));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    outcome = new OwlOutcome(query.getKey(), rows.size(), rows.equals(reference.get(query.getKey())), seconds, "");
                } catch (HttpTimeoutException | IllegalStateException e) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    String note = e instanceof HttpTimeoutException ? "no answer within the limit" : firstLine(e.getMessage());
                    outcome = new OwlOutcome(query.getKey(), -1, false, seconds, note);
                    owlUnanswered.add(query.getKey());
                    // A query still running would hold the reasoner: start afresh for the next one.
                    owl.close();
                    owl = ServerProcess.start(setup.name(), setup.command(), folder.resolve("stock-owl.log"), START_LIMIT);
                }
                report.owl(dataset, outcome, reference.get(query.getKey()).size());
                System.out.printf("OWL reasoner %-36s %s in %.1f s%n", query.getKey(),
                        outcome.answered() ? outcome.rows() + " rows, " + (outcome.right() ? "right" : "wrong") : outcome.note(),
                        outcome.seconds());
            }
        } finally {
            owl.close();
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
