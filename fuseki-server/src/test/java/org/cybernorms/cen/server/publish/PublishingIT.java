package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.Http;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the running server publishes for the linked-data world: /dumps/ (licence, gzip),
 * /context.jsonld, JSON-LD pages compacted with it, /.well-known/void with figures checked
 * against SPARQL counts on the same server, and the service description at the endpoint.
 */
class PublishingIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CC_BY = Publication.DATA_LICENCE;

    private static String base;

    @BeforeAll
    static void start() {
        base = SharedServer.get().url();
    }

    @Test
    void theDumpsPageListsEveryFileWithItsLicence() {
        HttpResponse<String> page = Http.get(base + "dumps/", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (DumpGraphs graphs : DumpGraphs.values()) {
            for (DumpFormat format : DumpFormat.values()) {
                String name = DumpsPage.fileName(graphs, format);
                assertThat(page.body()).contains("href=\"" + name + "\"").contains("href=\"" + name + ".gz\"");
            }
        }
        int licenceLinks = page.body().split("rel=\"license\" href=\"" + CC_BY + "\"", -1).length - 1;
        assertThat(licenceLinks).as("one licence link per file, and one for the page").isEqualTo(16);
        assertThat(Http.get(base + "dumps", null).statusCode()).isEqualTo(302);
        assertThat(Http.get(base + "dumps/cen-kg-everything.ttl", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aDumpCarriesItsLicenceAndIsGzippedWhenAsked() throws IOException {
        String url = base + "dumps/cen-kg-asserted.nt";
        HttpResponse<byte[]> plain = bytes(url, null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Link").orElse("")).isEqualTo("<" + CC_BY + ">; rel=\"license\"");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(plain.body())).lang(Lang.NTRIPLES).parse(model);
        long asserted = count("SELECT (COUNT(*) AS ?n) { { GRAPH <" + CEN.GRAPH_ONTOLOGY + "> { ?s ?p ?o } } UNION "
                + "{ GRAPH <" + CEN.GRAPH_DATA + "> { ?s ?p ?o } } }");
        assertThat(model.size()).isEqualTo(asserted + Dumps.description(DumpGraphs.ASSERTED).size());
        assertThat(model.contains(Publication.dataset(), DCTerms.license, model.createResource(CC_BY))).isTrue();
        assertThat(model.contains(null, CEN.violates, (RDFNode) null)).as("no inferred triple").isFalse();

        HttpResponse<byte[]> negotiated = bytes(url, "gzip, deflate");
        assertThat(negotiated.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(negotiated.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(gunzip(negotiated.body())).isEqualTo(plain.body());
        assertThat(negotiated.body().length).isLessThan(plain.body().length / 3);

        HttpResponse<byte[]> named = bytes(url + ".gz", null);
        assertThat(named.headers().firstValue("Content-Type").orElse("")).startsWith("application/gzip");
        assertThat(named.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(named.body())).isEqualTo(plain.body());

        assertThat(bytes(url, "gzip;q=0, identity").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void theContextGivesShortNamesAndIsReadableFromAnyOrigin() {
        HttpResponse<String> response = Http.get(base + "context.jsonld", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        JsonObject context = Json.createReader(new StringReader(response.body())).readObject().getJsonObject("@context");
        assertThat(context.getJsonObject("heldBy").getString("@type")).isEqualTo("@id");
        assertThat(context.getJsonObject("attributableTo").getString("@id")).isEqualTo("cen:attributableTo");
        assertThat(context.getString("cenid")).isEqualTo(CEN.ID);
    }

    @Test
    void aJsonLdPageUsesTheContext() {
        String[] found = new String[2];
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            conn.querySelect("SELECT ?p ?s { ?p <" + CEN.heldBy.getURI() + "> ?s FILTER(STRSTARTS(STR(?s), \""
                    + CEN.ID + "state/\")) } ORDER BY ?p LIMIT 1", row -> {
                        found[0] = row.getResource("p").getURI();
                        found[1] = row.getResource("s").getURI();
                    });
        }
        HttpResponse<String> page = Http.get(base + "id/" + found[0].substring(CEN.ID.length()), "application/ld+json");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("\"heldBy\": \"" + found[1] + "\"").contains("\"@context\"");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(page.body(), Lang.JSONLD).parse(model);
        assertThat(model.contains(model.createResource(found[0]), CEN.heldBy, model.createResource(found[1]))).isTrue();
    }

    @Test
    void voidGivesFiguresThatMatchTheEndpoint() {
        HttpResponse<String> response = Http.get(base + ".well-known/void", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        Model v = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(v);
        Resource dataset = v.createResource(Publication.DATASET);
        assertThat(v.contains(dataset, DCTerms.license, v.createResource(CC_BY))).isTrue();
        assertThat(v.contains(dataset, DCTerms.title)).isTrue();
        assertThat(v.contains(dataset, DCTerms.publisher)).isTrue();
        assertThat(v.contains(dataset, PublishVocab.sparqlEndpoint, v.createResource(base + "cen/sparql"))).isTrue();
        List<RDFNode> dumps = v.listObjectsOfProperty(dataset, PublishVocab.dataDump).toList();
        assertThat(dumps).hasSize(15);
        assertThat(v.listObjectsOfProperty(dataset, PublishVocab.distribution).toList()).hasSize(30);
        assertThat(bytes(base + "dumps/cen-kg-inferred.ttl", null).statusCode()).isEqualTo(200);
        assertThat(dumps).anyMatch(d -> d.asResource().getURI().equals(base + "dumps/cen-kg-inferred.ttl"));

        for (String graph : DumpGraphs.ALL.graphs()) {
            long triples = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
            assertThat(v.contains(dataset, PublishVocab.subset, v.createResource(graph))).isTrue();
            assertThat(integer(v, v.createResource(graph), PublishVocab.triples)).as(graph).isEqualTo(triples);
        }
        assertThat(integer(v, dataset, PublishVocab.triples))
                .isEqualTo(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"));
        assertThat(partition(v, dataset, PublishVocab.classPartition, PublishVocab.voidClass, CEN.State, PublishVocab.entities))
                .isEqualTo(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + CEN.State.getURI() + "> }"));
        assertThat(partition(v, dataset, PublishVocab.propertyPartition, PublishVocab.voidProperty, CEN.heldBy, PublishVocab.triples))
                .isEqualTo(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { ?s <" + CEN.heldBy.getURI() + "> ?o } }"));

        Resource linkset = v.createResource(Publication.DATASET + "/wikidata-links");
        assertThat(v.contains(linkset, PublishVocab.linkPredicate, OWL2.sameAs)).isTrue();
        long links = count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { ?s <" + OWL2.sameAs.getURI() + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"http://www.wikidata.org/entity/\")) } }");
        assertThat(links).isGreaterThan(20);
        assertThat(integer(v, linkset, PublishVocab.triples)).isEqualTo(links);

        Model asJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(base + ".well-known/void", "application/ld+json").body(), Lang.JSONLD).parse(asJsonLd);
        assertThat(asJsonLd.isIsomorphicWith(v)).as("the same description in JSON-LD").isTrue();
        Model asXml = ModelFactory.createDefaultModel();
        RDFParser.fromString(Http.get(base + ".well-known/void", "application/rdf+xml").body(), Lang.RDFXML).parse(asXml);
        assertThat(asXml.isIsomorphicWith(v)).as("the same description in RDF/XML").isTrue();
        assertThat(Http.get(base + ".well-known/void", "text/html,application/xhtml+xml,*/*;q=0.8")
                .headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(Http.get(base + ".well-known/void", "image/png").statusCode()).isEqualTo(406);
        HttpResponse<String> unknown = Http.get(base + ".well-known/void?format=html", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).startsWith("BAD_PARAMETER: parameter 'format'").contains("rdfxml");
        assertThat(Http.get(base + ".well-known/void?format=rdfxml", null).headers().firstValue("Content-Type")
                .orElse("")).startsWith("application/rdf+xml");
    }

    @Test
    void theEndpointDescribesItselfOnAGetWithoutAQueryAndStillAnswersQueries() {
        for (String endpoint : List.of("cen/sparql", "cen/query")) {
            HttpResponse<String> response = Http.get(base + endpoint, null);
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
            Model sd = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), Lang.TURTLE).parse(sd);
            Resource service = sd.listSubjectsWithProperty(PublishVocab.endpoint, sd.createResource(base + endpoint)).next();
            assertThat(sd.contains(service, PublishVocab.supportedLanguage, PublishVocab.SPARQL11Query)).isTrue();
            assertThat(sd.contains(service, PublishVocab.sdFeature, PublishVocab.UnionDefaultGraph)).isTrue();
            assertThat(sd.contains(service, PublishVocab.sdFeature, PublishVocab.BasicFederatedQuery))
                    .as("the shared server runs without --allow-service").isFalse();
            Resource dataset = service.getPropertyResourceValue(PublishVocab.defaultDataset);
            assertThat(dataset.getURI()).isEqualTo(Publication.DATASET);
            assertThat(sd.listObjectsOfProperty(dataset, PublishVocab.namedGraph).toList()).hasSize(3);
            assertThat(sd.contains(null, PublishVocab.name, sd.createResource(CEN.GRAPH_INFERRED))).isTrue();
        }
        HttpResponse<String> ask = Http.get(base + "cen/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "application/sparql-results+json");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        assertThat(ask.body()).contains("\"boolean\" : true");
        HttpResponse<String> post = post(base + "cen/sparql", "application/sparql-query", "ASK { ?s ?p ?o }");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("true");
        assertThat(post(base + "cen/sparql", "application/x-www-form-urlencoded", "").statusCode())
                .as("a POST without a query is still Fuseki's error").isEqualTo(400);
    }

    /** The SERVICE example of docs/linked-data.md: another Fuseki, with its own data, calls this endpoint. */
    @Test
    void anotherFusekiJoinsItsOwnDataWithThisEndpointThroughService() {
        org.apache.jena.query.Dataset own = org.apache.jena.query.DatasetFactory.createTxnMem();
        own.executeWrite(() -> RDFParser.fromString("""
                <https://example.org/issue-9/research/baltic-elections>
                    <https://example.org/issue-9/research/studies> <https://w3id.org/cyber-election-norms/id/state/EST> .
                """, Lang.TURTLE).parse(own));
        own.getContext().set(org.apache.jena.sparql.exec.http.Service.httpServiceAllowed, true);
        org.apache.jena.fuseki.main.FusekiServer other = org.apache.jena.fuseki.main.FusekiServer.create()
                .port(0).loopback(true).add("/project", own, false).build().start();
        try (RDFConnection conn = RDFConnection.connect("http://127.0.0.1:" + other.getHttpPort() + "/project")) {
            List<String> labels = new java.util.ArrayList<>();
            conn.querySelect("""
                    PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX ex:   <https://example.org/issue-9/research/>
                    SELECT ?state ?label ?wikidata WHERE {
                      ?project ex:studies ?state .
                      SERVICE <%s> {
                        ?state rdfs:label ?label ; <http://www.w3.org/2002/07/owl#sameAs> ?wikidata .
                      }
                    }""".formatted(base + "cen/sparql"), row -> labels.add(row.getLiteral("label").getLexicalForm()
                    + " " + row.getResource("wikidata").getURI()));
            assertThat(labels).containsExactly("Estonia http://www.wikidata.org/entity/Q191");
        } finally {
            other.stop();
        }
    }

    private static long count(String select) {
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            long[] n = {-1};
            conn.querySelect(select, row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    private static long integer(Model m, Resource subject, org.apache.jena.rdf.model.Property property) {
        Statement s = m.getProperty(subject, property);
        assertThat(s).as(subject + " " + property).isNotNull();
        return s.getLong();
    }

    private static long partition(Model m, Resource dataset, org.apache.jena.rdf.model.Property partition,
                                  org.apache.jena.rdf.model.Property key, Resource value,
                                  org.apache.jena.rdf.model.Property figure) {
        for (RDFNode node : m.listObjectsOfProperty(dataset, partition).toList()) {
            if (m.contains(node.asResource(), key, value)) {
                return integer(m, node.asResource(), figure);
            }
        }
        throw new AssertionError("no partition for " + value);
    }

    static HttpResponse<byte[]> bytes(String url, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(String url, String contentType, String body) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
