package org.cybernorms.cen.server.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.Test;

/** A feature is a Fuseki module: a server of the linked-data module alone serves its pages and nothing else. */
class LinkedDataModuleIT {

    @Test
    void aServerOfTheLinkedDataModuleAloneServesThePagesOnly() throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Node state = NodeFactory.createURI(CEN.ID + "state/AAA");
        dataset.add(NodeFactory.createURI(CEN.GRAPH_DATA), state, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("State A", "en"));
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .fusekiModules(FusekiModules.create(new LinkedDataModule(dataset))).build();
        server.start();
        try {
            String base = "http://localhost:" + server.getHttpPort() + "/";
            HttpResponse<String> page = get(base + "id/state/AAA", "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>State A</h1>");
            assertThat(get(base + "id/state/AAA?format=ttl", null).body()).contains("State A");
            assertThat(get(base + "queries", "text/html").statusCode()).isEqualTo(404);
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
