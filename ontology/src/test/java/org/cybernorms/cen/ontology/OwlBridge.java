package org.cybernorms.cen.ontology;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;

/**
 * Turns a Jena model into an OWL API ontology by writing it as N-Triples and parsing it
 * again (Jena 5 writes SPARQL-style PREFIX lines in Turtle, which the OWL API's Turtle
 * parser rejects): the test data is small, and one parse of the union keeps the ontology header
 * and every file's axioms in a single {@link OWLOntology}.
 */
final class OwlBridge {

    /** A document IRI for the in-memory copy; the ontology keeps its own IRI. */
    private static final String DOCUMENT = "urn:cen:test:ontology-document";

    private OwlBridge() {}

    /** A new ontology, in a new manager, holding the triples of {@code model}. */
    static OWLOntology toOntology(Model model) {
        ByteArrayOutputStream triples = new ByteArrayOutputStream();
        RDFDataMgr.write(triples, model, Lang.NTRIPLES);
        try {
            return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                    new StreamDocumentSource(new ByteArrayInputStream(triples.toByteArray()),
                            IRI.create(DOCUMENT), new NTriplesDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API could not read the ontology: " + e.getMessage(), e);
        }
    }
}
