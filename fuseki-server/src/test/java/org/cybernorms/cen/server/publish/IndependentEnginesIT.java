package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof by engines that are not Jena: every dump the server publishes is read by N3.js
 * (Turtle, N-Triples, TriG), jsonld.js (JSON-LD, with remote contexts refused) or
 * rdfxml-streaming-parser (RDF/XML) to the statement count Jena reads and the server
 * wrote, with the licence found; and Comunica runs one federated query over the running
 * endpoint and a Turtle file of this test's own, finding the endpoint from its SPARQL
 * Service Description.
 */
class IndependentEnginesIT {

    private static RunningServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        NodeScripts.require();
        server = SharedServer.get();
    }

    @Test
    void everyDumpReadsToTheSameCountInAnotherParser() throws IOException {
        DatasetGraph served = server.served().dataset();
        Map<String, Long> expected = new TreeMap<>();
        Map<String, Integer> graphs = new HashMap<>();
        List<String> args = new ArrayList<>();
        args.add("count.mjs");
        for (DumpGraphs selection : DumpGraphs.values()) {
            for (DumpFormat format : DumpFormat.values()) {
                // The whole dataset as served plain, the selections as .gz files: both ways a client gets them.
                String name = DumpsPage.fileName(selection, format) + (selection == DumpGraphs.ALL ? "" : ".gz");
                var response = PublishingIT.bytes(server.url() + "dumps/" + name, null);
                assertThat(response.statusCode()).as(name).isEqualTo(200);
                Path file = dir.resolve(name);
                Files.write(file, response.body());
                byte[] rdf = name.endsWith(".gz") ? PublishingIT.gunzip(response.body()) : response.body();
                long jena = RDFParser.source(new ByteArrayInputStream(rdf)).lang(lang(format)).toDatasetGraph().stream().count();
                long written = Dumps.size(Dumps.content(served, selection, format));
                assertThat(jena).as("Jena reads " + name + " as written").isEqualTo(written);
                expected.put(file.toString(), jena);
                graphs.put(file.toString(), format.quads ? selection.graphs().size() : 0);
                args.add(format.label + "=" + file);
            }
        }
        String output = NodeScripts.run(Duration.ofMinutes(2), args);
        Map<String, Long> counted = new TreeMap<>();
        for (String line : output.strip().split("\n")) {
            JsonObject result = Json.createReader(new StringReader(line)).readObject();
            String file = result.getString("file");
            assertThat(result.containsKey("error")).as(line).isFalse();
            assertThat(result.getBoolean("licence")).as(file + ": dct:license CC BY 4.0 found").isTrue();
            assertThat(result.getInt("graphs")).as(file + ": named graphs").isEqualTo(graphs.get(file));
            counted.put(file, result.getJsonNumber("statements").longValue());
        }
        assertThat(counted).as("statements read by N3.js, jsonld.js and rdfxml-streaming-parser").isEqualTo(expected);
        assertThat(expected.values()).allMatch(n -> n > 200);
    }

    @Test
    void comunicaJoinsTheEndpointWithALocalFile() throws IOException {
        Path project = dir.resolve("research-project.ttl");
        Files.writeString(project, """
                # A fictional research project's own data: which States it studies. One of them
                # (state/ATL) is not in CEN-KG, so it must not appear in the join.
                @prefix ex: <https://example.org/issue-9/research/> .
                ex:baltic-elections a ex:ResearchProject ;
                    ex:studies <https://w3id.org/cyber-election-norms/id/state/DNK> ,
                               <https://w3id.org/cyber-election-norms/id/state/EST> ,
                               <https://w3id.org/cyber-election-norms/id/state/ATL> .
                ex:g7-doctrine a ex:ResearchProject ;
                    ex:studies <https://w3id.org/cyber-election-norms/id/state/DEU> .
                """);
        Path query = dir.resolve("query.rq");
        Files.writeString(query, """
                PREFIX ex:   <https://example.org/issue-9/research/>
                PREFIX cen:  <https://w3id.org/cyber-election-norms/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?project ?state ?iso ?label WHERE {
                  ?project ex:studies ?state .
                  ?state cen:isoCode ?iso ; rdfs:label ?label .
                }
                """);
        String output = NodeScripts.run(Duration.ofMinutes(2),
                List.of("federated.mjs", server.sparqlUrl(), project.toString(), query.toString()));
        Set<Map<String, String>> rows = new HashSet<>();
        for (JsonValue value : Json.createReader(new StringReader(output.strip())).readArray()) {
            JsonObject row = value.asJsonObject();
            rows.add(row.keySet().stream().collect(Collectors.toMap(k -> k, row::getString)));
        }

        Set<Map<String, String>> expected = new HashSet<>();
        Map<String, List<String>> studies = Map.of(
                "https://example.org/issue-9/research/baltic-elections", List.of("DNK", "EST", "ATL"),
                "https://example.org/issue-9/research/g7-doctrine", List.of("DEU"));
        try (RDFConnection conn = RDFConnection.connect(server.url() + "cen")) {
            studies.forEach((p, codes) -> codes.forEach(code -> {
                String state = CEN.ID + "state/" + code;
                conn.querySelect("SELECT ?iso ?label { <" + state + "> <" + CEN.isoCode.getURI() + "> ?iso ; "
                        + "<http://www.w3.org/2000/01/rdf-schema#label> ?label }", row -> expected.add(Map.of(
                                "project", p, "state", state, "iso", row.getLiteral("iso").getLexicalForm(),
                                "label", row.getLiteral("label").getLexicalForm())));
            }));
        }
        assertThat(expected).extracting(r -> r.get("iso")).containsOnly("DNK", "EST", "DEU");
        assertThat(rows).as("Comunica's joined rows").isEqualTo(expected);
    }

    private static Lang lang(DumpFormat format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case NTRIPLES -> Lang.NTRIPLES;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
