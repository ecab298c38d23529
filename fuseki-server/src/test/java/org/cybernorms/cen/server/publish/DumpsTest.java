package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.UnionDefaultGraph;
import org.junit.jupiter.api.Test;

/**
 * Every dump format and graph selection, written and read back by Jena: the named graphs
 * kept (TriG, JSON-LD) or their union (the others), the licence stated, nothing lost or
 * added (blank nodes, language tags, datatypes, a triple in two graphs).
 */
class DumpsTest {

    private static final String TTL = """
            @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    private static DatasetGraph served() {
        Dataset store = DatasetFactory.createTxnMem();
        add(store, CEN.GRAPH_ONTOLOGY, TTL + """
                cen:heldBy a owl:ObjectProperty ; rdfs:label "held by"@en .
                cen:Odd a owl:Class ; owl:intersectionOf ( cen:State [ owl:onProperty cen:heldBy ; owl:someValuesFrom cen:State ] ) .
                """);
        add(store, CEN.GRAPH_DATA, TTL + """
                <https://w3id.org/cyber-election-norms/id/state/DNK> a cen:State ; rdfs:label "Danmark"@da, "Denmark"@en ;
                    cen:isoCode "DNK" ; owl:sameAs <http://www.wikidata.org/entity/Q35> .
                <https://w3id.org/cyber-election-norms/id/response/x> cen:urgent true ; cen:note "a \\"quoted\\" <tag> & more" .
                """);
        add(store, CEN.GRAPH_INFERRED, TTL + """
                <https://w3id.org/cyber-election-norms/id/state/DNK> a cen:State .
                <https://w3id.org/cyber-election-norms/id/operation/o> cen:violates <https://w3id.org/cyber-election-norms/id/norm/n> .
                """);
        return new UnionDefaultGraph(store.asDatasetGraph());
    }

    private static void add(Dataset store, String graph, String turtle) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(model);
        store.executeWrite(() -> store.addNamedModel(graph, model));
    }

    @Test
    void everyFormatAndSelectionReadsBackAsWritten() {
        DatasetGraph served = served();
        for (DumpGraphs graphs : DumpGraphs.values()) {
            Graph union = GraphFactory.createDefaultGraph();
            served.executeRead(() -> graphs.graphs().forEach(g ->
                    served.getGraph(NodeFactory.createURI(g)).find().forEachRemaining(union::add)));
            Dumps.description(graphs).getGraph().find().forEachRemaining(union::add);
            for (DumpFormat format : DumpFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Dumps.write(served, graphs, format, out);
                String what = graphs + " " + format;
                DatasetGraph back = RDFParser.source(new ByteArrayInputStream(out.toByteArray()))
                        .lang(lang(format)).toDatasetGraph();
                if (format.quads) {
                    for (String g : graphs.graphs()) {
                        Model expected = ModelFactory.createModelForGraph(served.getGraph(NodeFactory.createURI(g)));
                        Model actual = ModelFactory.createModelForGraph(back.getGraph(NodeFactory.createURI(g)));
                        assertThat(actual.isIsomorphicWith(expected)).as(what + " graph " + g).isTrue();
                    }
                    Set<String> names = new java.util.HashSet<>();
                    back.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                    assertThat(names).as(what).containsExactlyInAnyOrderElementsOf(graphs.graphs());
                    assertThat(ModelFactory.createModelForGraph(back.getDefaultGraph())
                            .isIsomorphicWith(Dumps.description(graphs))).as(what + " description").isTrue();
                } else {
                    assertThat(back.listGraphNodes().hasNext()).as(what).isFalse();
                    assertThat(ModelFactory.createModelForGraph(back.getDefaultGraph())
                            .isIsomorphicWith(ModelFactory.createModelForGraph(union))).as(what).isTrue();
                }
                assertThat(back.stream().count())
                        .as(what + ": statements").isEqualTo(Dumps.size(Dumps.content(served, graphs, format)));
                assertThat(ModelFactory.createModelForGraph(back.getDefaultGraph()).contains(
                        Publication.dataset(), DCTerms.license, ModelFactory.createDefaultModel()
                                .createResource(Publication.DATA_LICENCE))).as(what + ": licence").isTrue();
                if (format != DumpFormat.JSONLD) {
                    assertThat(out.toString(StandardCharsets.UTF_8)).as(what + ": header comment")
                            .contains("Licence: " + Publication.DATA_LICENCE_NAME + ", " + Publication.DATA_LICENCE);
                }
            }
        }
    }

    @Test
    void theInferredDumpHoldsNoAssertedTriple() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumps.write(served(), DumpGraphs.INFERRED, DumpFormat.NTRIPLES, out);
        String nt = out.toString(StandardCharsets.UTF_8);
        assertThat(nt).contains("ontology#violates").doesNotContain("ontology#isoCode").doesNotContain("owl#sameAs");
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
