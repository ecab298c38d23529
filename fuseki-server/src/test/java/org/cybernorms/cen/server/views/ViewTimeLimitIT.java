package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.Http;
import org.cybernorms.cen.core.UnionDefaultGraph;
import org.junit.jupiter.api.Test;

/**
 * The query time limit applies to the views: a real server on port 0 whose dataset's
 * context allows 1 ms, over enough positions that the {@code coverage} query cannot finish
 * in time, answers 503 with a one-line message.
 */
class ViewTimeLimitIT {

    @Test
    void aQueryPastTheTimeLimitAnswers503() {
        DatasetGraph store = DatasetGraphFactory.create();
        Node data = NodeFactory.createURI(CEN.GRAPH_DATA);
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < 5_000; i++) {
                Node position = NodeFactory.createURI(CEN.ID + "position/issue-6-generated/" + i);
                store.add(data, position, CEN.heldBy.asNode(), NodeFactory.createURI(CEN.ID + "state/issue-6-" + (i % 200)));
                store.add(data, position, CEN.answer.asNode(), NodeFactory.createURI(CEN.ID + "question/q" + (i % 40) + "/a"));
            }
        });
        DatasetGraph served = new UnionDefaultGraph(store);
        served.getContext().set(ARQ.queryTimeout, "1");
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .addServlet("/queries/*", new QueryServlet(QueryCatalogue.load(), served)).build();
        server.start();
        try {
            HttpResponse<String> response = Http.get("http://localhost:" + server.getHttpPort() + "/queries/coverage", "text/csv");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("The query ran past the server's time limit and was stopped.\n");
        } finally {
            server.stop();
        }
    }
}
