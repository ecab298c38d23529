package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.Test;

/** The catalogue runs unchanged on the live {@code /cen/sparql} of a real server, through {@link QueryTarget#endpoint}. */
class EndpointQueryIT {

    private static final String ID = "https://w3id.org/cyber-election-norms/id/";

    @Test
    void aCatalogueQueryRunsOnTheLiveEndpoint() {
        QueryCatalogue catalogue = QueryCatalogue.load();
        QueryTarget endpoint = QueryTarget.endpoint(SharedServer.get().sparqlUrl());
        QueryResult result = QueryRunner.run(endpoint, catalogue.get("positions-on-question"),
                Map.of("question", "sovereignty-standalone-rule"));
        List<String> quotesOfDenmark = new ArrayList<>();
        for (int i = 0; i < result.rows().size(); i++) {
            if (result.get(i, "holder").getURI().equals(ID + "state/DNK")) {
                assertThat(result.get(i, "answer").getURI())
                        .isEqualTo(ID + "question/sovereignty-standalone-rule/yes");
                quotesOfDenmark.add(result.get(i, "quote").getLiteralLexicalForm());
            }
        }
        assertThat(quotesOfDenmark).singleElement().asString().contains("sovereignty is not only a principle but a primary rule");

        DoctrineComparison comparison = DoctrineComparison.compare(catalogue, endpoint, List.of("DNK", "GBR"));
        assertThat(comparison.rows()).filteredOn(r -> r.question().getURI().endsWith("/sovereignty-standalone-rule"))
                .singleElement().extracting(DoctrineComparison.Row::verdict).isEqualTo(DoctrineComparison.Verdict.CONFLICT);
    }
}
