package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.reasoner.dl.AxiomRenderer;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;

/**
 * The forward rules compiled from the OWL axioms of the ontology (and of any axioms in the
 * data), the datatype ranges to check, the classes to place in the hierarchy, and the axioms
 * that could not be compiled.
 *
 * @param rules the rules, clash rules included
 * @param literalRanges data property IRI to the datatype IRI its values must have
 * @param classes the named classes of the schema
 * @param unsupported axioms that need more than forward rules, each with the reason
 */
record RuleSet(List<Rule> rules, Map<String, String> literalRanges, Set<Node> classes, List<String> unsupported) {

    /** Compiles the schema of the ontology and data graphs (neither is changed). */
    static RuleSet compile(Graph ontology, Graph data) {
        OWLOntology schema = OwlJenaBridge.toOwl(SchemaGraph.of(ontology, data), GraphFactory.createDefaultGraph());
        AxiomRenderer renderer = new AxiomRenderer();
        List<Rule> rules = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        Map<String, String> ranges = new TreeMap<>();
        schema.axioms(Imports.INCLUDED).sorted().forEach(axiom -> {
            String origin = renderer.render(axiom);
            try {
                rules.addAll(AxiomCompiler.compile(axiom, origin));
            } catch (AxiomCompiler.Unsupported e) {
                unsupported.add(origin + ": " + e.getMessage());
            }
            rangeOf(axiom, ranges);
        });
        Set<Node> classes = new HashSet<>();
        schema.classesInSignature(Imports.INCLUDED)
                .forEach(c -> classes.add(NodeFactory.createURI(c.getIRI().toString())));
        return new RuleSet(List.copyOf(rules), Map.copyOf(ranges), Set.copyOf(classes), List.copyOf(unsupported));
    }

    /** The predicates the rules read or write: the only facts worth loading, with rdf:type. */
    Set<Node> predicates() {
        Set<Node> predicates = new HashSet<>();
        for (Rule rule : rules) {
            rule.body().forEach(a -> predicates.add(a.predicate()));
            if (rule.head() != null) {
                predicates.add(rule.head().predicate());
            }
        }
        literalRanges.keySet().forEach(p -> predicates.add(NodeFactory.createURI(p)));
        return predicates;
    }

    /** The constants the rules name (nominals): their own facts matter to classification. */
    Set<Node> constants() {
        Set<Node> constants = new HashSet<>();
        for (Rule rule : rules) {
            List<Atom> atoms = new ArrayList<>(rule.body());
            if (rule.head() != null) {
                atoms.add(rule.head());
            }
            for (Atom atom : atoms) {
                if (!atom.subject().isVariable()) {
                    constants.add(atom.subject().constant());
                }
                if (!atom.object().isVariable() && !atom.predicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())) {
                    constants.add(atom.object().constant());
                }
            }
        }
        return constants;
    }

    private static void rangeOf(OWLAxiom axiom, Map<String, String> ranges) {
        if (axiom instanceof OWLDataPropertyRangeAxiom a && a.getRange().isOWLDatatype()
                && !a.getRange().asOWLDatatype().isTopDatatype() && !a.getProperty().isAnonymous()) {
            ranges.put(a.getProperty().asOWLDataProperty().getIRI().toString(),
                    a.getRange().asOWLDatatype().getIRI().toString());
        }
    }
}
