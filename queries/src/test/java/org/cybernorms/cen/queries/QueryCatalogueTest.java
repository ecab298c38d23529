package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Loading the catalogue and reading headers; malformed files are refused with the file named. */
class QueryCatalogueTest {

    private static final String BODY = "SELECT ?x WHERE { VALUES ?x { } }\n";

    @Test
    void theCatalogueHoldsTheQueriesTheIssueAsksForWithCompleteHeaders() {
        QueryCatalogue catalogue = QueryCatalogue.load();

        assertThat(catalogue.names()).contains("positions-on-question", "compare-states", "doctrine-matrix",
                "conflicts", "holders-of-answer", "violations", "attribution-claims", "responses-assessed",
                "conduct-contrary-to-commitment", "norms-protecting", "provenance", "coverage");
        assertThat(catalogue.list()).allSatisfy(query -> {
            assertThat(query.header().title()).isNotBlank();
            assertThat(query.header().question()).endsWith("?");
            assertThat(query.header().reading()).isNotBlank();
        });
    }

    @Test
    void aHeaderIsReadWithContinuationsAndParameterOptions() {
        CatalogueQuery query = QueryCatalogue.parse("q", "q.rq", """
                # title: A title
                # question: Which States
                #   hold it?
                # param: x (type: state; list; min: 2) the States
                # reading: One row each.
                # example: x=DNK,ISR
                """ + BODY);

        assertThat(query.header().question()).isEqualTo("Which States hold it?");
        assertThat(query.header().params()).containsExactly(
                new QueryParam("x", ParamType.STATE, false, true, 2, "the States"));
        assertThat(query.header().example()).containsEntry("x", "DNK,ISR");
    }

    @Test
    void malformedHeadersAreRefusedNamingTheFile() {
        assertRefused("# title: T\n# question: Q?\n# reading: R\n" + BODY, "example' is missing");
        assertRefused("# title: T\n# question: Q?\n# reading: R\n# example:\n# colour: red\n" + BODY, "unknown header field 'colour'");
        assertRefused("# title: T\n# question: Q?\nnot a header line\n", "reading' is missing");
        assertRefused("# title: T\n# question: Q?\n# reading: R\n# example:\n# param: x (type: country) c\n" + BODY,
                "unknown parameter type 'country'");
        assertRefused("# title: T\n#question without colon\n" + BODY, "line 2");
    }

    @Test
    void parametersAndValuesBlocksMustMatch() {
        String header = "# title: T\n# question: Q?\n# reading: R\n# example:\n";
        assertRefused(header + BODY, "'VALUES ?x { }' is not a declared param");
        assertRefused(header + "# param: y (type: state) s\n" + "SELECT ?y WHERE { ?y ?p ?o }\n", "param y has no");
        assertRefused(header + "# param: x (type: state) s\n" + "SELECT ?y WHERE { ?y ?p ?o FILTER EXISTS { VALUES ?x { } } }\n"
                + "# VALUES ?x { }\n", "differ");
        assertRefused(header + "CONSTRUCT WHERE { ?s ?p ?o }\n", "SELECT");
        assertRefused(header + "SELECT WHERE {\n", "does not parse");
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> QueryCatalogue.parse("bad", "bad.rq", text))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("bad.rq").hasMessageContaining(message);
    }
}
