package org.cybernorms.cen.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code cen queries}, {@code cen query} and {@code cen compare} through the real command
 * line: once on the locally loaded and reasoned knowledge base, otherwise against the
 * shared real server's SPARQL endpoint; bad input exits 2 with a message naming it.
 */
class QueryCommandsIT {

    private static final String DNK_POSITION = "https://w3id.org/cyber-election-norms/id/position/DNK/sovereignty-standalone-rule";

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {}

    static Run cen(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cen.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void queriesListsEveryQueryWithItsTitle() {
        Run run = cen("queries");
        assertThat(run.exit()).isZero();
        List<CatalogueQuery> catalogue = QueryCatalogue.load().list();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(catalogue.size());
        for (int i = 0; i < catalogue.size(); i++) {
            assertThat(lines.get(i)).startsWith(catalogue.get(i).name() + " ").endsWith(catalogue.get(i).header().title());
        }
        assertThat(run.out()).contains("positions-on-question").contains("Positions on a question");
    }

    @Test
    void queryRunsOnTheLocalReasonedDataset() {
        Run run = cen("query", "positions-on-question", "--param", "question=sovereignty-standalone-rule",
                "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("holder,answer,qualification,date,quote,source,position,supersededBy,reported,scenario");
        assertThat(run.out()).contains(DNK_POSITION).contains("sovereignty is not only a principle but a primary rule")
                .contains("https://w3id.org/cyber-election-norms/id/state/GBR");
    }

    @Test
    void queryRunsOnAnEndpointAsATable() {
        Run run = cen("query", "conflicts", "--param", "question=sovereignty-standalone-rule",
                "--endpoint", SharedServer.get().sparqlUrl());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("question").contains("holder1").contains("quote2");
        assertThat(run.out()).contains("cenid:state/DNK").contains("cenid:state/GBR")
                .contains("cenid:question/sovereignty-standalone-rule/no");
    }

    @Test
    void queryWritesSparqlJson() {
        Run run = cen("query", "holders-of-answer", "--param",
                "answer=sovereignty-standalone-rule/no", "--format", "json",
                "--endpoint", SharedServer.get().sparqlUrl());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"head\"").contains("\"bindings\"")
                .contains("https://w3id.org/cyber-election-norms/id/state/GBR");
    }

    @Test
    void compareShowsTheSideBySideTable() {
        Run run = cen("compare", "DNK", "GBR", "--endpoint", SharedServer.get().sparqlUrl());
        assertThat(run.exit()).as(run.err()).isZero();
        String header = run.out().lines().findFirst().orElseThrow();
        assertThat(header.split("\\s*\\|\\s*")).containsExactly("question", "DNK", "GBR", "verdict");
        assertThat(run.out().lines().filter(l -> l.startsWith("sovereignty-standalone-rule ")).toList())
                .singleElement().satisfies(line -> assertThat(line).contains("yes")
                        .contains("no").endsWith("conflict"));
    }

    @Test
    void aBadParameterValueIsNamedAndExitsTwo() {
        Run run = cen("query", "positions-on-question", "--param", "question=not a slug!");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("BAD_PARAMETER: parameter 'question'");
    }

    @Test
    void anUnknownOrMissingParameterIsNamed() {
        Run unknown = cen("query", "coverage", "--param", "state=DNK");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("UNKNOWN_PARAMETER: parameter 'state'");
        Run missing = cen("query", "positions-on-question");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("MISSING_PARAMETER: parameter 'question'");
        Run format = cen("query", "coverage", "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).startsWith("BAD_PARAMETER: parameter 'format'");
    }

    @Test
    void anUnknownQueryExitsTwoWithTheListHint() {
        Run run = cen("query", "who-is-right");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("UNKNOWN_QUERY: no query named 'who-is-right'")
                .contains("positions-on-question").contains("cen queries");
    }

    @Test
    void compareRejectsABadStateBeforeLoading() {
        Run run = cen("compare", "DNK", "not a state");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("BAD_PARAMETER: parameter 'states'");
        Run one = cen("compare", "DNK", "DNK");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("parameter 'states'");
    }
}
