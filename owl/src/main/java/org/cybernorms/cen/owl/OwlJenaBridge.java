package org.cybernorms.cen.owl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/**
 * The bridge between Jena and the OWL API, for the reasoner and for the tests of the
 * ontology and the data alike: Jena graphs become an OWL API ontology (through N-Triples,
 * which the OWL API reads whatever prefixes Jena would write), and OWL API entities and
 * assertions become Jena nodes and triples.
 */
public final class OwlJenaBridge {

    private OwlJenaBridge() {}

    /** As {@link #toOwl(Graph, Graph)} for one graph holding ontology and data together. */
    public static OWLOntology toOwl(Graph ontologyAndData) {
        return toOwl(Graph.emptyGraph, ontologyAndData);
    }

    /**
     * Returns a new OWL API ontology holding the ontology and data graphs. Links
     * ({@code owl:sameAs}) from CEN-KG things to outside IRIs such as Wikidata items are
     * left out: they carry no meaning for the law the ontology encodes, and kept in they
     * would make each outside IRI a second name for every inferred subject or object.
     */
    public static OWLOntology toOwl(Graph ontology, Graph data) {
        Graph merged = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(merged::add);
        data.find().forEachRemaining(t -> {
            if (!isOutsideLink(t)) {
                merged.add(t);
            }
        });
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, merged, RDFFormat.NTRIPLES_UTF8);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntologyLoaderConfiguration config = new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setReportStackTraces(false);
        try {
            return manager.loadOntologyFromOntologyDocument(
                    new StreamDocumentSource(new ByteArrayInputStream(buffer.toByteArray()),
                            IRI.create("urn:cen:merged"), new NTriplesDocumentFormat(), null),
                    config);
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API could not read the merged graphs: " + e.getMessage(), e);
        }
    }

    /** The Jena node of an OWL API entity. */
    public static Node node(OWLEntity entity) {
        return NodeFactory.createURI(entity.getIRI().toString());
    }

    /** The Jena triple {@code subject predicate object} for three OWL API entities. */
    public static Triple triple(OWLEntity subject, OWLEntity predicate, OWLEntity object) {
        return Triple.create(node(subject), node(predicate), node(object));
    }

    /**
     * The RDF triple of an assertion about named individuals (a data fact), or empty for
     * any other axiom (an axiom of the ontology).
     */
    public static Optional<Triple> assertionTriple(OWLAxiom axiom) {
        if (axiom instanceof OWLClassAssertionAxiom a
                && a.getIndividual().isNamed() && a.getClassExpression().isNamed()) {
            return Optional.of(Triple.create(node(a.getIndividual().asOWLNamedIndividual()), RDF.type.asNode(),
                    node(a.getClassExpression().asOWLClass())));
        }
        if (axiom instanceof OWLObjectPropertyAssertionAxiom a && a.getSubject().isNamed()
                && a.getObject().isNamed() && a.getProperty().isNamed()) {
            return Optional.of(triple(a.getSubject().asOWLNamedIndividual(), a.getProperty().asOWLObjectProperty(),
                    a.getObject().asOWLNamedIndividual()));
        }
        if (axiom instanceof OWLDataPropertyAssertionAxiom a && a.getSubject().isNamed() && a.getProperty().isNamed()) {
            OWLLiteral literal = a.getObject();
            Node object = literal.hasLang()
                    ? NodeFactory.createLiteralLang(literal.getLiteral(), literal.getLang())
                    : NodeFactory.createLiteralDT(literal.getLiteral(),
                            TypeMapper.getInstance().getSafeTypeByName(literal.getDatatype().getIRI().toString()));
            return Optional.of(Triple.create(node(a.getSubject().asOWLNamedIndividual()),
                    node(a.getProperty().asOWLDataProperty()), object));
        }
        return Optional.empty();
    }

    private static boolean isOutsideLink(Triple t) {
        return t.getPredicate().equals(OWL2.sameAs.asNode())
                && !(t.getObject().isURI() && CEN.isThing(t.getObject().getURI()));
    }
}
