package org.cybernorms.cen.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The serving benchmark's figures, collected as they are measured and written as Markdown
 * tables: per dataset, start-up, answers, latency and throughput per query and number of
 * clients, the CEN-KG/stock throughput ratios, and the OWL reasoner's answers.
 */
final class ServingReport {

    private static final String OURS = "CEN-KG";

    private final ServingBenchmark.Options options;
    private final List<String> queries;
    private final Map<String, DatasetFigures> datasets = new LinkedHashMap<>();

    /** Everything measured on one dataset. */
    private static final class DatasetFigures {
        final BenchDataset dataset;
        final Map<String, Setup> setups = new LinkedHashMap<>();
        final Map<String, Double> ready = new LinkedHashMap<>();
        final Map<String, String> load = new LinkedHashMap<>();
        final Map<String, Integer> rows = new LinkedHashMap<>();
        final Map<String, Map<String, Boolean>> same = new LinkedHashMap<>();
        final Map<Integer, Map<String, Map<String, Latencies>>> latencies = new LinkedHashMap<>();
        final List<OwlOutcome> owl = new ArrayList<>();

        DatasetFigures(BenchDataset dataset) {
            this.dataset = dataset;
        }
    }

    ServingReport(ServingBenchmark.Options options, Collection<String> queries) {
        this.options = options;
        this.queries = List.copyOf(queries);
    }

    private DatasetFigures of(BenchDataset dataset) {
        return datasets.computeIfAbsent(dataset.name(), n -> new DatasetFigures(dataset));
    }

    void ready(BenchDataset dataset, Setup setup, double seconds) {
        of(dataset).setups.put(setup.name(), setup);
        of(dataset).ready.put(setup.name(), seconds);
    }

    /** Notes the machine's load average (from /proc/loadavg, where there is one). */
    void load(BenchDataset dataset, String when) {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            of(dataset).load.put(when, fields[0] + " " + fields[1] + " " + fields[2]);
        } catch (IOException e) {
            of(dataset).load.put(when, "unknown");
        }
    }

    void rows(BenchDataset dataset, String query, int rows) {
        of(dataset).rows.put(query, rows);
    }

    void sameAnswer(BenchDataset dataset, String query, String setup, boolean same) {
        of(dataset).same.computeIfAbsent(query, q -> new LinkedHashMap<>()).put(setup, same);
    }

    void latencies(BenchDataset dataset, String query, int clients, String setup, Latencies latencies) {
        of(dataset).latencies.computeIfAbsent(clients, c -> new LinkedHashMap<>())
                .computeIfAbsent(query, q -> new LinkedHashMap<>()).put(setup, latencies);
    }

    void owl(BenchDataset dataset, OwlOutcome outcome, int referenceRows) {
        of(dataset).owl.add(outcome);
        of(dataset).rows.putIfAbsent(outcome.query(), referenceRows);
    }

    /** Whether {@code setup} answered {@code query} on the dataset as CEN-KG did (null: not compared). */
    Boolean sameAnswer(String dataset, String query, String setup) {
        DatasetFigures figures = datasets.get(dataset);
        return figures == null ? null : figures.same.getOrDefault(query, Map.of()).get(setup);
    }

    /** What {@code setup} measured for {@code query} with {@code clients} clients, or null. */
    Latencies latencies(String dataset, String query, int clients, String setup) {
        DatasetFigures figures = datasets.get(dataset);
        if (figures == null) {
            return null;
        }
        return figures.latencies.getOrDefault(clients, Map.of()).getOrDefault(query, Map.of()).get(setup);
    }

    /** The throughput of CEN-KG over that of {@code setup}, or NaN when their answers differ. */
    static double ratio(Map<String, Latencies> bySetup, String setup, boolean sameAnswer) {
        if (!sameAnswer) {
            return Double.NaN;
        }
        return bySetup.get(OURS).throughput() / bySetup.get(setup).throughput();
    }

    /** The geometric mean of the numbers that are not NaN. */
    static double geometricMean(List<Double> values) {
        List<Double> kept = values.stream().filter(v -> !v.isNaN()).toList();
        return kept.isEmpty() ? Double.NaN : Math.exp(kept.stream().mapToDouble(Math::log).sum() / kept.size());
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Serving benchmark, %s, %d cores, Java %s; each server -Xmx%s, in a process "
                        + "of its own on loopback; every query run on every server first, then per query %s s warm-up and "
                        + "%d rounds of %s s per server, alternating.%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.heap(), seconds(options.warmup().toMillis()), options.rounds(), seconds(options.round().toMillis())));
        for (DatasetFigures figures : datasets.values()) {
            renderDataset(out, figures);
        }
        return out.toString();
    }

    private void renderDataset(StringBuilder out, DatasetFigures f) {
        out.append(String.format(Locale.ROOT, "%n## %s: %,d triples served%n%n", f.dataset.name(), f.dataset.triples()));
        out.append("Load average before ").append(f.load.getOrDefault("before", "?"))
                .append(", after ").append(f.load.getOrDefault("after", "?")).append(".\n\n");
        for (var setup : f.setups.entrySet()) {
            out.append(String.format(Locale.ROOT, "- %s: %s; first answer %.1f s after start%n", setup.getKey(),
                    setup.getValue().description(), f.ready.get(setup.getKey())));
        }
        List<String> servers = f.setups.keySet().stream().filter(s -> !s.equals("stock OWL")).toList();
        List<String> stocks = servers.stream().filter(s -> !s.equals(OURS)).toList();
        for (var byClients : f.latencies.entrySet()) {
            out.append(String.format(Locale.ROOT, "%n### %d client%s: p50 and p99 latency (ms), throughput (queries/s)%n%n",
                    byClients.getKey(), byClients.getKey() == 1 ? "" : "s"));
            StringBuilder header = new StringBuilder("| query | rows |");
            StringBuilder rule = new StringBuilder("| --- | ---: |");
            for (String server : servers) {
                header.append(" ").append(server).append(" p50 | p99 | q/s |");
                rule.append(" ---: | ---: | ---: |");
            }
            for (String stock : stocks) {
                header.append(" CEN-KG / ").append(stock).append(" |");
                rule.append(" ---: |");
            }
            out.append(header).append('\n').append(rule).append('\n');
            Map<String, List<Double>> ratios = new LinkedHashMap<>();
            for (String query : queries) {
                Map<String, Latencies> bySetup = byClients.getValue().get(query);
                if (bySetup == null) {
                    continue;
                }
                StringBuilder row = new StringBuilder("| " + query + " | " + f.rows.get(query) + " |");
                for (String server : servers) {
                    Latencies l = bySetup.get(server);
                    row.append(String.format(Locale.ROOT, " %.2f | %.2f | %.0f |", l.p50Millis(), l.p99Millis(), l.throughput()));
                }
                for (String stock : stocks) {
                    boolean same = f.same.getOrDefault(query, Map.of()).getOrDefault(stock, false);
                    double ratio = ratio(bySetup, stock, same);
                    ratios.computeIfAbsent(stock, s -> new ArrayList<>()).add(ratio);
                    row.append(same ? String.format(Locale.ROOT, " %.2f |", ratio) : " other answer |");
                }
                out.append(row).append('\n');
            }
            StringBuilder summary = new StringBuilder("| geometric mean, same answers only | |");
            servers.forEach(s -> summary.append(" | | |"));
            for (String stock : stocks) {
                summary.append(String.format(Locale.ROOT, " **%.2f** |", geometricMean(ratios.getOrDefault(stock, List.of()))));
            }
            out.append(summary).append('\n');
        }
        if (!f.owl.isEmpty()) {
            out.append("\n### Stock Fuseki with Jena's OWL reasoner over the asserted triples\n\n");
            out.append("| query | CEN-KG rows | OWL reasoner rows | same answer | seconds |\n| --- | ---: | ---: | --- | ---: |\n");
            int right = 0;
            double total = 0;
            for (OwlOutcome o : f.owl) {
                right += o.right() ? 1 : 0;
                total += o.seconds();
                out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.1f |%n", o.query(), f.rows.get(o.query()),
                        o.answered() ? Integer.toString(o.rows()) : o.note(), o.right() ? "yes" : "no", o.seconds()));
            }
            out.append(String.format(Locale.ROOT, "%nRight: %d of %d catalogue answers; %.1f s for all of them "
                    + "(limit %s s per query), after a start of %.1f s.%n", right, f.owl.size(), total,
                    seconds(options.owlLimit().toMillis()), f.ready.getOrDefault("stock OWL", Double.NaN)));
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
