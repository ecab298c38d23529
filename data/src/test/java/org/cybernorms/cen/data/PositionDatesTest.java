package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/**
 * Every position a real State holds says when the State said it (legal review F23): without
 * the date a researcher cannot tell a 2018 view from a 2022 one, and supersession cannot be
 * checked. The one exception is a view known only from a report that does not date it: no
 * date is invented, the position says why (cen:undatedBecause), and it may cite no document
 * of the State's own (whose date would be known). Scenario States and non-State holders are
 * not asked for a date.
 */
class PositionDatesTest {

    private static final String REAL_STATE_POSITIONS = """
            PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?position ?dated WHERE {
                ?position a cen:Position ; cen:heldBy ?state .
                ?state a cen:State ; cen:isoCode ?code .
                BIND (EXISTS { ?position dct:date ?date }
                      || (EXISTS { ?position cen:undatedBecause ?reason }
                          && NOT EXISTS { ?position prov:wasDerivedFrom/dct:source/cen:issuedBy ?state }) AS ?dated)
            } ORDER BY ?position""";

    @Test
    void everyPositionOfARealStateIsDated() {
        var knowledgeBase = ModelFactory.createModelForGraph(TestGraphs.ontologyAndData());
        List<String> positions = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(knowledgeBase).query(REAL_STATE_POSITIONS).build()) {
            exec.execSelect().forEachRemaining(row -> {
                String position = row.getResource("position").getURI();
                positions.add(position);
                if (!row.getLiteral("dated").getBoolean()) {
                    undated.add(position);
                }
            });
        }

        assertThat(positions).as("positions of real States").hasSizeGreaterThan(100);
        assertThat(undated).as("positions of real States without dct:date, and not a report-only view saying why")
                .isEmpty();
    }
}
