package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLAnnotationProperty;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.search.EntitySearcher;

/**
 * Every cen: term the ontology declares carries an English label and an English
 * definition (read through the OWL API, independently of the SPARQL quality checks).
 */
class TermDocumentationTest {

    private static final String SKOS_DEFINITION = "http://www.w3.org/2004/02/skos/core#definition";

    private static OWLOntology ontology;
    private static List<OWLEntity> terms;

    @BeforeAll
    static void load() {
        ontology = OwlJenaBridge.toOwl(OntologySources.model().getGraph());
        terms = ontology.signature()
                .filter(e -> !e.isBuiltIn() && CEN.isTerm(e.getIRI().toString()))
                .sorted()
                .toList();
    }

    @Test
    void declaresTerms() {
        // Guards the two checks below against passing vacuously on an empty parse.
        assertThat(terms).as("cen: terms in the ontology").hasSizeGreaterThan(100);
    }

    @Test
    void everyTermHasAnEnglishLabel() {
        OWLAnnotationProperty label = ontology.getOWLOntologyManager().getOWLDataFactory().getRDFSLabel();
        assertThat(termsWithout(label)).as("cen: terms without an English rdfs:label").isEmpty();
    }

    @Test
    void everyTermHasAnEnglishDefinition() {
        OWLAnnotationProperty definition = ontology.getOWLOntologyManager().getOWLDataFactory()
                .getOWLAnnotationProperty(SKOS_DEFINITION);
        assertThat(termsWithout(definition)).as("cen: terms without an English skos:definition").isEmpty();
    }

    private static Set<String> termsWithout(OWLAnnotationProperty property) {
        return terms.stream()
                .filter(term -> EntitySearcher.getAnnotations(term, ontology, property)
                        .flatMap(a -> a.getValue().asLiteral().stream())
                        .noneMatch(TermDocumentationTest::isEnglish))
                .map(term -> term.getIRI().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isEnglish(OWLLiteral literal) {
        return literal.hasLang("en") && !literal.getLiteral().isBlank();
    }
}
