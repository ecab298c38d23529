package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.ErrorName;
import org.junit.jupiter.api.Test;

/** Bad parameter values fail with an exception naming the parameter; good ones are bound as VALUES rows. */
class ParameterBindingTest {

    private final QueryCatalogue catalogue = Fixtures.catalogue();

    @Test
    void anUnknownParameterIsNamedWithTheParametersTheQueryTakes() {
        assertThatThrownBy(() -> QueryRunner.bind(catalogue.get("positions-on-question"),
                Map.of("question", "countermeasures-symmetry", "holder", "DNK")))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("holder");
                    assertThat(e.errorName()).isEqualTo(ErrorName.UNKNOWN_PARAMETER);
                })
                .hasMessageContaining("'holder'").hasMessageContaining("takes only question");
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        assertThatThrownBy(() -> QueryRunner.bind(catalogue.get("holders-of-answer"), Map.of()))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("answer");
                    assertThat(e.errorName()).isEqualTo(ErrorName.MISSING_PARAMETER);
                });
    }

    @Test
    void valuesOfTheWrongKindAreRejectedNamingTheParameter() {
        assertBad("positions-on-question", "question", "Countermeasures Notification");
        assertBad("positions-on-question", "question", "https://w3id.org/cyber-election-norms/id/state/DNK");
        assertBad("holders-of-answer", "answer", "collective-countermeasures");
        assertBad("attribution-claims", "operation", "https://example.org/operation/x");
        assertBad("norms-protecting", "infrastructure", "voting");
        assertBad("provenance", "resource", "relative/path");
        assertBad("violations", "state", "Denmark");
        // A value trying to break out of the query is just a bad value, never query text.
        assertBad("violations", "state", "DNK> } ; DROP ALL ; #");
    }

    @Test
    void aListNeedsItsMinimumOfDifferentValues() {
        assertBad("compare-states", "states", "DNK");
        assertBad("compare-states", "states", "DNK,dnk");
        assertBad("compare-states", "states", "DNK,,ISR");
    }

    @Test
    void aListFillsEveryBlockOfItsVariableIncludingSubQueries() {
        Query bound = QueryRunner.bind(catalogue.get("compare-states"), Map.of("states", "DNK,ISR,fixture-state-a"));

        String text = bound.serialize();
        assertThat(text).doesNotContainPattern("VALUES\\s+\\?states\\s*\\{\\s*\\}");
        // Five blocks in compare-states.rq, three values each.
        assertThat(text.split("id/state/DNK", -1)).hasSize(6);
        assertThat(text.split("id/state/fixture-state-a", -1)).hasSize(6);
        // The catalogue's own query is left untouched.
        assertThat(catalogue.get("compare-states").query().serialize()).doesNotContain("state/DNK");
    }

    @Test
    void anOptionalParameterLeftOutBecomesAnUndefRow() {
        Query bound = QueryRunner.bind(catalogue.get("violations"), Map.of());

        assertThat(bound.serialize()).contains("UNDEF").doesNotContainPattern("VALUES\\s+\\?state\\s*\\{\\s*\\}");
    }

    @Test
    void statesAreTakenAsCodesSlugsOrIris() {
        assertThat(ParamType.STATE.parse("dnk").getURI()).isEqualTo("https://w3id.org/cyber-election-norms/id/state/DNK");
        assertThat(ParamType.STATE.parse("cenid:state/ISR").getURI())
                .isEqualTo("https://w3id.org/cyber-election-norms/id/state/ISR");
        assertThat(ParamType.STATE.parse("rightscon-2021-state-a").getURI())
                .isEqualTo("https://w3id.org/cyber-election-norms/id/state/rightscon-2021-state-a");
    }

    @Test
    void anUnknownQueryAndAnUnknownFormatAreNamed() {
        assertThatThrownBy(() -> catalogue.get("no-such-query"))
                .isInstanceOf(UnknownQueryException.class)
                .hasMessageContaining("no-such-query").hasMessageContaining("positions-on-question");
        assertThatThrownBy(() -> ResultFormat.parse("xml"))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameter()).isEqualTo("format"));
        assertThat(ResultFormat.parse("JSON")).isEqualTo(ResultFormat.JSON);
    }

    private void assertBad(String query, String param, String value) {
        assertThatThrownBy(() -> QueryRunner.bind(catalogue.get(query), Map.of(param, value)))
                .as("%s=%s", param, value)
                .isInstanceOfSatisfying(QueryParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo(param);
                    assertThat(e.errorName()).isEqualTo(ErrorName.BAD_PARAMETER);
                })
                .hasMessageContaining("'" + param + "'");
    }
}
