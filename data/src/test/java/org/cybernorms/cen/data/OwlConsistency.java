package org.cybernorms.cen.data;

import java.io.StringWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.cybernorms.cen.core.CEN;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Asks HermiT whether a Jena graph (ontology + data) is consistent. The graph is handed to
 * the OWL API as Turtle, without owl:imports (every document is already in the graph) and
 * without owl:sameAs links to IRIs outside {@code cenid:} (Wikidata items: linked data for
 * other graphs, carrying no axioms here).
 */
final class OwlConsistency {

    private static final String DOCUMENT_IRI = "urn:cen-kg:consistency-check";

    private OwlConsistency() {}

    static boolean isConsistent(Graph graph) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology ontology = parse(manager, forOwl(graph));
        Configuration configuration = new Configuration();
        configuration.ignoreUnsupportedDatatypes = true;
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology, configuration);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    /** A copy of the graph without the triples the check leaves out. */
    static Graph forOwl(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (!isImport(t) && !isExternalSameAs(t)) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static boolean isImport(Triple t) {
        return t.getPredicate().equals(OWL.imports.asNode());
    }

    private static boolean isExternalSameAs(Triple t) {
        Node object = t.getObject();
        return t.getPredicate().equals(OWL.sameAs.asNode()) && !(object.isURI() && CEN.isThing(object.getURI()));
    }

    private static OWLOntology parse(OWLOntologyManager manager, Graph graph) {
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, graph, Lang.TURTLE);
        try {
            return manager.loadOntologyFromOntologyDocument(
                    new StringDocumentSource(turtle.toString(), IRI.create(DOCUMENT_IRI), new TurtleDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API cannot read the knowledge base: " + e.getMessage(), e);
        }
    }
}
