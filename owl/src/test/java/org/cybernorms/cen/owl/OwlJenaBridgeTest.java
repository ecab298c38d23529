package org.cybernorms.cen.owl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

class OwlJenaBridgeTest {

    private static final String DATA = """
            PREFIX cen: <https://w3id.org/cyber-election-norms/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            BASE <https://w3id.org/cyber-election-norms/id/>
            cen:State a owl:Class .
            cen:targets a owl:ObjectProperty .
            cen:startDate a owl:DatatypeProperty .
            <state/DNK> a cen:State ; owl:sameAs <http://www.wikidata.org/entity/Q35> .
            <state/fixture-a> owl:sameAs <state/fixture-b> .
            <operation/x> cen:targets <state/DNK> ; cen:startDate "2016-05-01"^^xsd:date .
            """;

    @Test
    void linksToOutsideItemsAreLeftOutAndEverythingElseIsKept() {
        OWLOntology owl = OwlJenaBridge.toOwl(parse(DATA));

        assertThat(owl.getAxiomCount(AxiomType.SAME_INDIVIDUAL)).as("only the link between two CEN-KG things").isEqualTo(1);
        assertThat(owl.getAxiomCount(AxiomType.CLASS_ASSERTION)).isEqualTo(1);
        assertThat(owl.getAxiomCount(AxiomType.OBJECT_PROPERTY_ASSERTION)).isEqualTo(1);
        assertThat(owl.getAxiomCount(AxiomType.DATA_PROPERTY_ASSERTION)).isEqualTo(1);
    }

    @Test
    void everyDataFactComesBackAsTheTripleItWas() {
        Graph data = parse(DATA);
        OWLOntology owl = OwlJenaBridge.toOwl(data);

        List<Triple> back = owl.axioms().map(OwlJenaBridge::assertionTriple).flatMap(Optional::stream).toList();

        assertThat(back).hasSize(3).allMatch(data::contains);
    }

    @Test
    void hermitIgnoresDatatypesOutsideOwl2InsteadOfStopping() {
        OWLReasoner reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(parse(DATA)));
        try {
            assertThat(reasoner.isConsistent()).isTrue();
        } finally {
            reasoner.dispose();
        }
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }
}
