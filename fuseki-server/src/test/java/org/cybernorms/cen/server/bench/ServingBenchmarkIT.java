package org.cybernorms.cen.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving benchmark, very short, on the real data: it keeps the benchmark working, and
 * it checks something of its own: stock Fuseki, serving the dump {@code cen export} writes
 * from a TDB2 store with the union as default graph, answers every catalogue query exactly
 * as the CEN-KG server does. No figure is asserted (speed is for the benchmark's report).
 */
class ServingBenchmarkIT {

    private static final Path STOCK = Path.of(System.getProperty("cen.stockFuseki",
            "target/stock-fuseki/jena-fuseki-server.jar"));

    @Test
    void stockFusekiServingTheDumpAnswersTheCatalogueAsCenKgDoes(@TempDir Path out) throws Exception {
        ServingBenchmark.Options options = ServingBenchmark.Options.parse(new String[] {
            "--stock", STOCK.toString(), "--out", out.toString(), "--datasets", "real", "--clients", "1",
            "--seconds", "0.2", "--rounds", "1", "--warmup", "0.2", "--owl-limit", "0", "--heap", "512m"});

        ServingReport report = ServingBenchmark.run(options);

        for (CatalogueQuery query : QueryCatalogue.load().list()) {
            assertThat(report.sameAnswer("real", query.name(), "stock TDB2"))
                    .as("stock Fuseki (TDB2, union default graph) answers %s as CEN-KG does", query.name())
                    .isTrue();
            for (String setup : new String[] {"CEN-KG", "stock TDB2", "stock memory"}) {
                Latencies latencies = report.latencies("real", query.name(), 1, setup);
                assertThat(latencies.failures()).as("%s on %s: requests that failed", setup, query.name()).isZero();
                assertThat(latencies.count()).as("%s on %s: requests answered", setup, query.name()).isPositive();
            }
        }
        assertThat(report.render()).contains("| violations |", "geometric mean");
        assertThat(Files.readString(out.resolve("real").resolve("dump.trig"))).contains("CC BY 4.0");
    }
}
