package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Linked-data pages: every representation, 404, 406, escaping, inferred marks, citations, /ontology. */
class LinkedDataIT {

    private static final Map<String, Lang> RDF_TYPES = Map.of(
            "text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML);

    private static String base;
    private static String state;
    private static String stateLabel;

    @BeforeAll
    static void start() {
        base = SharedServer.get().url();
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            conn.querySelect("SELECT ?s ?label { ?s a <" + CEN.State.getURI() + "> ; <" + RDFS.label.getURI() + "> ?label "
                    + "FILTER(STRSTARTS(STR(?s), \"" + CEN.ID + "state/\")) } ORDER BY ?s LIMIT 1", row -> {
                        state = row.getResource("s").getURI();
                        stateLabel = row.getLiteral("label").getLexicalForm();
                    });
        }
        assertThat(state).as("the data hold a State with a label").isNotNull();
    }

    @Test
    void aStateInEveryRdfRepresentation() {
        String path = base + "id/" + state.substring(CEN.ID.length());
        RDF_TYPES.forEach((mediaType, lang) -> {
            HttpResponse<String> response = Http.get(path, mediaType);
            assertThat(response.statusCode()).as(mediaType).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(mediaType).startsWith(mediaType);
            Model model = SparqlEndpointIT.parse(response.body(), lang);
            assertThat(model.contains(ResourceFactory.createResource(state), RDF.type, CEN.State))
                    .as(mediaType + " holds the State's type").isTrue();
            assertThat(model.contains(ResourceFactory.createResource(state), RDFS.label))
                    .as(mediaType + " holds its label").isTrue();
        });
        Model byParameter = SparqlEndpointIT.parse(Http.get(path + "?format=nt", null).body(), Lang.NTRIPLES);
        assertThat(byParameter.contains(ResourceFactory.createResource(state), RDF.type, CEN.State)).isTrue();
    }

    @Test
    void aStateInHtmlForABrowser() {
        HttpResponse<String> response = Http.get(base + "id/" + state.substring(CEN.ID.length()),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("<h1>" + org.cybernorms.cen.server.web.Html.escape(stateLabel) + "</h1>")
                .contains("href=\"/ontology#State\"")
                .contains("Referred to by");
    }

    @Test
    void theResearchersOperationShowsInferencesCitationsAndEscapedText() {
        HttpResponse<String> response = Http.get(base + "id/operation/issue-5-registry-manipulation", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("Issue 5 &lt;registry&gt; manipulation &amp; &quot;deletion&quot;")
                .doesNotContain("<registry>");
        assertThat(html).contains("class=\"inferred\"").contains(">inferred</span>");
        assertThat(html).contains("href=\"/id/state/issue-5-state-a\"");
        assertThat(html).contains("The service altered entries in the voter registry.").contains("para. 1")
                .contains("Issue 5 fixture report");
        assertThat(html).contains("href=\"/id/attribution/issue-5-registry-manipulation/issue-5-state-b\"");
    }

    @Test
    void unknownThingsAre404UnofferedTypes406AndUnknownFormats400() {
        assertThat(Http.get(base + "id/state/issue-5-no-such-state", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> html404 = Http.get(base + "id/nothing/%3Cscript%3E", "text/html");
        assertThat(html404.statusCode()).isEqualTo(404);
        assertThat(html404.body()).doesNotContain("<script>");
        assertThat(Http.get(base + "id/" + state.substring(CEN.ID.length()), "image/png").statusCode()).isEqualTo(406);
        HttpResponse<String> format = Http.get(base + "id/" + state.substring(CEN.ID.length()) + "?format=xml", null);
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).startsWith("BAD_PARAMETER: parameter 'format': 'xml' is not one of [ttl, turtle, html,");
        assertThat(Http.get(base + "ontology?format=pdf", "text/turtle").statusCode()).isEqualTo(400);
    }

    @Test
    void theOntologyInHtmlAndTurtle() {
        HttpResponse<String> html = Http.get(base + "ontology", "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("id=\"State\"").contains("id=\"violates\"")
                .contains("Subclass of").contains("Domain");
        HttpResponse<String> turtle = Http.get(base + "ontology", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        Model ontology = SparqlEndpointIT.parse(turtle.body(), Lang.TURTLE);
        assertThat(ontology.contains(CEN.State, RDF.type, OWL2.Class)).isTrue();
        assertThat(ontology.contains(CEN.violates, RDF.type, OWL2.ObjectProperty)).isTrue();
    }
}
