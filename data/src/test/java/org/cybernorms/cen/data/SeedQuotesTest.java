package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * Every quote a citation takes from one of the five seed documents occurs in that
 * document, word for word once white space and quotation marks are normalised
 * ({@link QuoteText}). Skipped where {@code ../shared/seeds/} is absent (a user's clone).
 */
class SeedQuotesTest {

    private static final String CITED_QUOTES = """
            PREFIX cen: <https://w3id.org/cyber-election-norms/ontology#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?citation ?source ?quote WHERE {
                ?citation dct:source ?source ; cen:quote ?quote .
            } ORDER BY ?citation ?quote""";

    @Test
    void everySeedQuoteOccursInItsSeed() throws IOException {
        Path seeds = ProjectFiles.seedsDir();
        assumeTrue(Files.isDirectory(seeds),
                "seed documents not found at " + seeds + " (they sit beside the project in the development"
                        + " workspace, not in a clone), so the quotes cannot be checked against them");

        Map<String, String> seedText = readSeeds(seeds);
        Graph data = DatasetLoader.parseAll(TestGraphs.data());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(data)).query(CITED_QUOTES).build()) {
            for (var rows = exec.execSelect(); rows.hasNext(); ) {
                QuerySolution row = rows.next();
                String text = seedText.get(row.getResource("source").getURI());
                if (text == null) {
                    continue;
                }
                checked++;
                String quote = row.getLiteral("quote").getLexicalForm();
                if (quote.isBlank() || !text.contains(QuoteText.normalise(quote))) {
                    missing.add(row.getResource("citation").getURI() + "\n      quote: \"" + quote + "\"");
                }
            }
        }

        assertThat(checked).as("citations of the seed sources found in the data").isPositive();
        if (!missing.isEmpty()) {
            fail(missing.size() + " of " + checked + " quotes from seed documents do not occur in their seed:\n  "
                    + String.join("\n  ", missing));
        }
    }

    /** Source IRI -> normalised text of its seed document. */
    private static Map<String, String> readSeeds(Path seeds) throws IOException {
        Properties mapping = new Properties();
        try (Reader in = Files.newBufferedReader(ProjectFiles.testResource("seed-sources.properties"), StandardCharsets.UTF_8)) {
            mapping.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        for (String slug : mapping.stringPropertyNames()) {
            Path seed = seeds.resolve(mapping.getProperty(slug));
            assertThat(seed).as("seed document of source/%s", slug).isRegularFile();
            texts.put(CEN.source(slug).getURI(), QuoteText.normalise(Files.readString(seed, StandardCharsets.UTF_8)));
        }
        return texts;
    }
}
