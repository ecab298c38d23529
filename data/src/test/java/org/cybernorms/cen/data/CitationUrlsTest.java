package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * A reader can open what every citation quotes: a citation of a source other than the five
 * seed documents (which sit beside the project) names a URL, its source's {@code foaf:page}
 * or the copy it was read in ({@code cen:retrievedFrom}). Legal review F20 and issue 15.
 */
class CitationUrlsTest {

    private static final String CITATIONS = """
            PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            SELECT ?citation ?source ?hasUrl WHERE {
                ?citation a cen:Citation ; dct:source ?source .
                BIND (EXISTS { ?source foaf:page ?page } || EXISTS { ?citation cen:retrievedFrom ?copy } AS ?hasUrl)
            } ORDER BY ?citation""";

    @Test
    void everyCitationOfANonSeedSourceNamesAUrl() throws IOException {
        List<String> seedSources = seedSources();
        var data = ModelFactory.createModelForGraph(DatasetLoader.parseAll(TestGraphs.data()));
        List<String> checked = new ArrayList<>();
        List<String> withoutUrl = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(data).query(CITATIONS).build()) {
            exec.execSelect().forEachRemaining(row -> {
                String source = row.getResource("source").getURI();
                if (seedSources.contains(source)) {
                    return;
                }
                String citation = row.getResource("citation").getURI();
                checked.add(citation);
                if (!row.getLiteral("hasUrl").getBoolean()) {
                    withoutUrl.add(citation + " (source " + source + ")");
                }
            });
        }

        assertThat(checked).as("citations of sources other than the seeds").isNotEmpty();
        assertThat(withoutUrl).as("citations whose source has no foaf:page and that name no cen:retrievedFrom").isEmpty();
    }

    /**
     * A URL is a web address outside the project's own namespace: a slip such as
     * {@code <$S>} in Turtle resolves against the file's {@code @base} into a cenid: IRI
     * that opens nothing, and only this check sees it.
     */
    @Test
    void everyPageAndCopyIsAWebAddressOutsideTheProject() {
        var data = ModelFactory.createModelForGraph(DatasetLoader.parseAll(TestGraphs.data()));
        List<String> bad = new ArrayList<>();
        for (var property : List.of(org.apache.jena.sparql.vocabulary.FOAF.page, CEN.retrievedFrom)) {
            data.listStatements(null, property, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                String url = st.getObject().isURIResource() ? st.getObject().asResource().getURI() : st.getObject().toString();
                if (!url.matches("https?://[^\\s<>\"{}|^`$]+") || url.startsWith("https://w3id.org/cyber-election-norms/")) {
                    bad.add(st.getSubject() + " " + property.getLocalName() + " " + url);
                }
            });
        }
        assertThat(bad).as("foaf:page or cen:retrievedFrom values that are not web addresses").isEmpty();
    }

    private static List<String> seedSources() throws IOException {
        Properties mapping = new Properties();
        try (Reader in = Files.newBufferedReader(ProjectFiles.testResource("seed-sources.properties"), StandardCharsets.UTF_8)) {
            mapping.load(in);
        }
        return mapping.stringPropertyNames().stream().map(slug -> CEN.source(slug).getURI()).toList();
    }
}
